package com.vanitycall.pipeline.persist;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * PersistAndCount's configuration, read once from the environment (docs/configuration.md).
 *
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, only for the local stack
 * @param callerTtl {@code CALLER_TTL_DAYS}: how long call records, which hold callers' numbers, are
 *     kept
 */
public record PersistAndCountConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    String callsTable,
    String analyticsTable,
    String deadLettersTable,
    Duration callerTtl) {

  public PersistAndCountConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(callsTable, "callsTable");
    Objects.requireNonNull(analyticsTable, "analyticsTable");
    Objects.requireNonNull(deadLettersTable, "deadLettersTable");
    Objects.requireNonNull(callerTtl, "callerTtl");
  }

  /**
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static PersistAndCountConfig fromEnvironment(Map<String, String> environment) {
    var env = new Environment(environment);
    return new PersistAndCountConfig(
        Region.of(env.required(SharedVariables.AWS_REGION)),
        env.endpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        env.required(SharedVariables.CALLS_TABLE),
        env.required(SharedVariables.ANALYTICS_TABLE),
        env.required(SharedVariables.DEAD_LETTERS_TABLE),
        env.callerTtl());
  }
}
