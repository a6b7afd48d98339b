package com.vanitycall.api;

import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * The live feed's configuration, read once from the environment (docs/configuration.md).
 *
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, only for the local stack
 * @param connectionsTable {@code CONNECTIONS_TABLE}: the pages connected to the feed
 * @param callbackUrl {@code WEBSOCKET_CALLBACK_URL}: the WebSocket API stage's management endpoint;
 *     only the feed needs it
 */
public record LiveConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    String connectionsTable,
    Optional<URI> callbackUrl) {

  public LiveConfig {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(connectionsTable, "connectionsTable");
    Objects.requireNonNull(callbackUrl, "callbackUrl");
  }

  /**
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static LiveConfig fromEnvironment(Map<String, String> environment) {
    var env = new Environment(environment);
    return new LiveConfig(
        Region.of(env.required("AWS_REGION")),
        env.endpoint("AWS_ENDPOINT_URL_DYNAMODB"),
        env.required("CONNECTIONS_TABLE"),
        env.endpoint("WEBSOCKET_CALLBACK_URL"));
  }

  /** The callback URL, which the feed cannot work without. */
  URI requiredCallbackUrl() {
    return callbackUrl.orElseThrow(
        () -> new InvalidConfigurationException("WEBSOCKET_CALLBACK_URL is required by the feed"));
  }
}
