package com.vanitycall.connect;

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
 * The Connect handler's configuration, read once from the environment (docs/configuration.md lists
 * every variable). An invalid value fails at start-up, naming the variable.
 *
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, only for the local stack
 * @param kinesisEndpoint {@code AWS_ENDPOINT_URL_KINESIS}, only for the local stack
 * @param cacheTimeout {@code CACHE_TIMEOUT_MS}: the most a cache lookup may cost a caller
 * @param publishTimeout {@code PUBLISH_TIMEOUT_MS}: the most publishing (or dead-lettering) may
 *     cost
 * @param callerTtl {@code CALLER_TTL_DAYS}: how long cache entries and dead letters, which hold
 *     callers' numbers, are kept
 */
public record ConnectConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    Optional<URI> kinesisEndpoint,
    String callEventsStream,
    String vanityCacheTable,
    String deadLettersTable,
    Duration cacheTimeout,
    Duration publishTimeout,
    Duration callerTtl) {

  /** The variables only the Connect handler reads; the others are {@link SharedVariables}. */
  public static final String CACHE_TIMEOUT_MS = "CACHE_TIMEOUT_MS";

  public static final String PUBLISH_TIMEOUT_MS = "PUBLISH_TIMEOUT_MS";

  public ConnectConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(kinesisEndpoint, "kinesisEndpoint");
    Objects.requireNonNull(callEventsStream, "callEventsStream");
    Objects.requireNonNull(vanityCacheTable, "vanityCacheTable");
    Objects.requireNonNull(deadLettersTable, "deadLettersTable");
    Objects.requireNonNull(cacheTimeout, "cacheTimeout");
    Objects.requireNonNull(publishTimeout, "publishTimeout");
    Objects.requireNonNull(callerTtl, "callerTtl");
  }

  /**
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static ConnectConfig from(Map<String, String> environment) {
    var env = new Environment(environment);
    return new ConnectConfig(
        Region.of(env.required(SharedVariables.AWS_REGION)),
        env.endpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        env.endpoint(SharedVariables.AWS_ENDPOINT_URL_KINESIS),
        env.required(SharedVariables.CALL_EVENTS_STREAM),
        env.required(SharedVariables.VANITY_CACHE_TABLE),
        env.required(SharedVariables.DEAD_LETTERS_TABLE),
        Duration.ofMillis(env.positive(CACHE_TIMEOUT_MS, 150)),
        Duration.ofMillis(env.positive(PUBLISH_TIMEOUT_MS, 300)),
        env.callerTtl());
  }
}
