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
 * The live feed's configuration (both its handlers), read once from the environment.
 *
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, only for the local stack
 * @param connectionsTable {@code CONNECTIONS_TABLE}: the pages connected to the WebSocket API
 * @param callbackUrl {@code WEBSOCKET_CALLBACK_URL}: the API Gateway Management API endpoint of the
 *     WebSocket API's stage ({@code https://ID.execute-api.REGION.amazonaws.com/STAGE}); only the
 *     broadcaster needs it
 */
public record LiveConfig(
    Region region,
    Optional<URI> dynamoDbEndpoint,
    String connectionsTable,
    Optional<URI> callbackUrl) {

  /**
   * The variable only the live feed's broadcaster reads; the others are {@link SharedVariables}.
   */
  public static final String WEBSOCKET_CALLBACK_URL = "WEBSOCKET_CALLBACK_URL";

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
        Region.of(env.required(SharedVariables.AWS_REGION)),
        env.endpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        env.required(SharedVariables.CONNECTIONS_TABLE),
        env.endpoint(WEBSOCKET_CALLBACK_URL));
  }

  URI requiredCallbackUrl() {
    return callbackUrl.orElseThrow(
        () -> new InvalidConfigurationException(WEBSOCKET_CALLBACK_URL + " must be set"));
  }
}
