package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.core.live.LiveConnections;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The WebSocket API's {@code $connect} and {@code $disconnect} routes: a page that connects is
 * remembered (for at most two hours, API Gateway's longest connection) so that the live feed can
 * tell it about new calls; one that disconnects is forgotten.
 */
public final class LiveConnectionsHandler
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

  /** API Gateway closes a WebSocket connection after two hours at the most. */
  static final Duration LONGEST_CONNECTION = Duration.ofHours(2);

  private static final Logger LOG = LogManager.getLogger(LiveConnectionsHandler.class);

  private final LiveConnections connections;
  private final Clock clock;

  /** What Lambda calls: configured from the environment. */
  public LiveConnectionsHandler() {
    this(LiveConfig.fromEnvironment(System.getenv()));
  }

  private LiveConnectionsHandler(LiveConfig config) {
    this(
        new DynamoDbLiveConnections(
            new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty())
                .dynamoDb(CallBudget.inBackground()),
            config.connectionsTable()),
        Clock.systemUTC());
  }

  public LiveConnectionsHandler(LiveConnections connections, Clock clock) {
    this.connections = connections;
    this.clock = clock;
  }

  @Override
  public APIGatewayV2WebSocketResponse handleRequest(
      APIGatewayV2WebSocketEvent event, Context context) {
    APIGatewayV2WebSocketEvent.RequestContext request = event.getRequestContext();
    String connection = request == null ? null : request.getConnectionId();
    String route = request == null ? null : request.getRouteKey();
    if (connection == null || connection.isBlank()) {
      return answer(400, "no connection id");
    }
    switch (String.valueOf(route)) {
      case "$connect" -> connections.open(connection, clock.instant().plus(LONGEST_CONNECTION));
      case "$disconnect" -> connections.close(connection);
      default -> {
        return answer(400, "the live feed only sends: unknown route " + route);
      }
    }
    LOG.info("live feed {}: {}", route, connection);
    return answer(200, "ok");
  }

  private static APIGatewayV2WebSocketResponse answer(int status, String body) {
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(status);
    response.setBody(body);
    return response;
  }
}
