package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.core.config.Environment;
import com.vanitycall.local.emulators.ResourceNames;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * The environment of a local stack, read back: for the commands that work on a running one ({@code
 * dead-letters}, {@code load}) and build their clients from it.
 */
public record StackEnvironment(Map<String, String> variables) {

  /**
   * @throws com.vanitycall.core.config.InvalidConfigurationException naming a variable a local
   *     stack's environment must have and lacks, or an endpoint that is not a URL
   */
  public StackEnvironment {
    variables = Map.copyOf(variables);
    var environment = new Environment(variables);
    environment.requiredEndpoint(LocalStack.DYNAMODB_ENDPOINT);
    environment.requiredEndpoint(LocalStack.KINESIS_ENDPOINT);
    names(environment);
    region(environment);
  }

  public ResourceNames names() {
    return names(new Environment(variables));
  }

  public Region region() {
    return region(new Environment(variables));
  }

  public URI dynamoDbEndpoint() {
    return new Environment(variables).requiredEndpoint(LocalStack.DYNAMODB_ENDPOINT);
  }

  public URI kinesisEndpoint() {
    return new Environment(variables).requiredEndpoint(LocalStack.KINESIS_ENDPOINT);
  }

  private static ResourceNames names(Environment environment) {
    return new ResourceNames(
        environment.required("CALL_EVENTS_STREAM"),
        environment.required("VANITY_CACHE_TABLE"),
        environment.required("CALLS_TABLE"),
        environment.required("ANALYTICS_TABLE"),
        environment.required("DEAD_LETTERS_TABLE"));
  }

  private static Region region(Environment environment) {
    return Region.of(environment.required("AWS_REGION"));
  }

  /** A client factory pointed at this stack's emulators; the caller closes it. */
  public AwsClients clients() {
    return new AwsClients(
        region(), Optional.of(dynamoDbEndpoint()), Optional.of(kinesisEndpoint()));
  }
}
