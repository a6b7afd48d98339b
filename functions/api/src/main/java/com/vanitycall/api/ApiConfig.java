package com.vanitycall.api;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * The API handler's configuration, read once from the environment (docs/configuration.md).
 *
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, only for the local stack
 * @param cursorSigningKey {@code CURSOR_SIGNING_KEY}: the key that signs page cursors, given
 *     directly (the local stack makes a random one)
 * @param cursorSigningSecretArn {@code CURSOR_SIGNING_SECRET_ARN}: on AWS, the secret that holds
 *     that key, read once at start; exactly one of the two is set
 */
public record ApiConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    String callsTable,
    String analyticsTable,
    Optional<String> cursorSigningKey,
    Optional<String> cursorSigningSecretArn) {

  /** The variables only the API handler reads; the others are {@link SharedVariables}. */
  public static final String CURSOR_SIGNING_KEY = "CURSOR_SIGNING_KEY";

  public static final String CURSOR_SIGNING_SECRET_ARN = "CURSOR_SIGNING_SECRET_ARN";

  public ApiConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(callsTable, "callsTable");
    Objects.requireNonNull(analyticsTable, "analyticsTable");
    if (cursorSigningKey.isPresent() == cursorSigningSecretArn.isPresent()) {
      throw new InvalidConfigurationException(
          "set exactly one of " + CURSOR_SIGNING_KEY + " and " + CURSOR_SIGNING_SECRET_ARN);
    }
  }

  /**
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static ApiConfig fromEnvironment(Map<String, String> environment) {
    var env = new Environment(environment);
    return new ApiConfig(
        Region.of(env.required(SharedVariables.AWS_REGION)),
        env.endpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        env.required(SharedVariables.CALLS_TABLE),
        env.required(SharedVariables.ANALYTICS_TABLE),
        env.optional(CURSOR_SIGNING_KEY),
        env.optional(CURSOR_SIGNING_SECRET_ARN));
  }
}
