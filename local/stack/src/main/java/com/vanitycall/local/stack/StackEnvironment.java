package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.config.Environment;
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
    environment.requiredEndpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB);
    environment.requiredEndpoint(SharedVariables.AWS_ENDPOINT_URL_KINESIS);
    ResourceNames.fromEnvironment(environment);
    region(environment);
  }

  public ResourceNames names() {
    return ResourceNames.fromEnvironment(new Environment(variables));
  }

  public Region region() {
    return region(new Environment(variables));
  }

  public URI dynamoDbEndpoint() {
    return new Environment(variables).requiredEndpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB);
  }

  public URI kinesisEndpoint() {
    return new Environment(variables).requiredEndpoint(SharedVariables.AWS_ENDPOINT_URL_KINESIS);
  }

  private static Region region(Environment environment) {
    return Region.of(environment.required(SharedVariables.AWS_REGION));
  }

  /** A client factory pointed at this stack's emulators; the caller closes it. */
  public AwsClients clients() {
    return new AwsClients(
        region(), Optional.of(dynamoDbEndpoint()), Optional.of(kinesisEndpoint()));
  }
}
