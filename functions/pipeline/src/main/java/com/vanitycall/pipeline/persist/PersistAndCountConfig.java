package com.vanitycall.pipeline.persist;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.net.URI;
import java.nio.file.Path;
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
 * @param lake where every call is delivered for SQL over the history; empty (no lake) only where
 *     {@value #LAKE_DELIVERY_STREAM} is not set, as in tests of the workflow alone
 */
public record PersistAndCountConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    String callsTable,
    String analyticsTable,
    String deadLettersTable,
    Duration callerTtl,
    Optional<LakeSettings> lake) {

  /** The history lake's Firehose delivery stream. */
  public static final String LAKE_DELIVERY_STREAM = "LAKE_DELIVERY_STREAM";

  /** Firehose's endpoint override: the local stack only (the local lake's endpoint). */
  public static final String AWS_ENDPOINT_URL_FIREHOSE = "AWS_ENDPOINT_URL_FIREHOSE";

  /** The Secrets Manager secret (ARN) that holds the pseudonym key: AWS. */
  public static final String PSEUDONYM_KEY_SECRET = "PSEUDONYM_KEY_SECRET";

  /** The file that holds the pseudonym key: the local stack. */
  public static final String PSEUDONYM_KEY_FILE = "PSEUDONYM_KEY_FILE";

  public PersistAndCountConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(callsTable, "callsTable");
    Objects.requireNonNull(analyticsTable, "analyticsTable");
    Objects.requireNonNull(deadLettersTable, "deadLettersTable");
    Objects.requireNonNull(callerTtl, "callerTtl");
    Objects.requireNonNull(lake, "lake");
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
        env.callerTtl(),
        env.optional(LAKE_DELIVERY_STREAM).map(stream -> lake(env, stream)));
  }

  private static LakeSettings lake(Environment env, String stream) {
    Optional<String> secret = env.optional(PSEUDONYM_KEY_SECRET);
    Optional<Path> file = env.optional(PSEUDONYM_KEY_FILE).map(Path::of);
    if (secret.isPresent() == file.isPresent()) {
      throw new InvalidConfigurationException(
          LAKE_DELIVERY_STREAM
              + " needs the pseudonym key: set "
              + PSEUDONYM_KEY_SECRET
              + " (AWS) or "
              + PSEUDONYM_KEY_FILE
              + " (the local stack), one of them");
    }
    return new LakeSettings(stream, env.endpoint(AWS_ENDPOINT_URL_FIREHOSE), secret, file);
  }
}
