package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
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

  public StackEnvironment {
    variables = Map.copyOf(variables);
    for (String name :
        new String[] {
          "AWS_REGION",
          LocalStack.DYNAMODB_ENDPOINT,
          LocalStack.KINESIS_ENDPOINT,
          "CALL_EVENTS_STREAM",
          "VANITY_CACHE_TABLE",
          "CALLS_TABLE",
          "ANALYTICS_TABLE",
          "DEAD_LETTERS_TABLE"
        }) {
      if (!variables.containsKey(name)) {
        throw new IllegalArgumentException("a local stack's environment lacks " + name);
      }
    }
  }

  public ResourceNames names() {
    return new ResourceNames(
        variables.get("CALL_EVENTS_STREAM"),
        variables.get("VANITY_CACHE_TABLE"),
        variables.get("CALLS_TABLE"),
        variables.get("ANALYTICS_TABLE"),
        variables.get("DEAD_LETTERS_TABLE"));
  }

  public Region region() {
    return Region.of(variables.get("AWS_REGION"));
  }

  public URI dynamoDbEndpoint() {
    return URI.create(variables.get(LocalStack.DYNAMODB_ENDPOINT));
  }

  public URI kinesisEndpoint() {
    return URI.create(variables.get(LocalStack.KINESIS_ENDPOINT));
  }

  /** A client factory pointed at this stack's emulators; the caller closes it. */
  public AwsClients clients() {
    return new AwsClients(
        region(), Optional.of(dynamoDbEndpoint()), Optional.of(kinesisEndpoint()));
  }
}
