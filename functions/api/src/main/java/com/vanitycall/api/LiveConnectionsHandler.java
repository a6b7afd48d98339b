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
 * The WebSocket API's {@code $connect} and {@code $disconnect} routes: remembers and forgets the
 * pages connected to the live feed. A connection is forgotten after {@link #LIFETIME} at the latest
 * (API Gateway closes WebSocket connections after two hours).
 */
public final class LiveConnectionsHandler
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

  static final Duration LIFETIME = Duration.ofHours(2);

  private static final Logger LOG = LogManager.getLogger(LiveConnectionsHandler.class);

  private final LiveConnections connections;
  private final Clock clock;

  /** What Lambda calls: configured from the environment. */
  public LiveConnectionsHandler() {
    this(LiveConfig.fromEnvironment(System.getenv()));
  }

  public LiveConnectionsHandler(LiveConfig config) {
    this(
        new DynamoDbLiveConnections(
            new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty())
                .dynamoDb(CallBudget.whileCallerWaits(Duration.ofSeconds(3))),
            config.connectionsTable()),
        Clock.systemUTC());
  }

  /** For tests and the local server. */
  public LiveConnectionsHandler(LiveConnections connections, Clock clock) {
    this.connections = connections;
    this.clock = clock;
  }

  @Override
  public APIGatewayV2WebSocketResponse handleRequest(
      APIGatewayV2WebSocketEvent event, Context context) {
    String connectionId = event.getRequestContext().getConnectionId();
    String route = event.getRequestContext().getRouteKey();
    switch (route) {
      case "$connect" -> connections.add(connectionId, clock.instant().plus(LIFETIME));
      case "$disconnect" -> connections.remove(connectionId);
      default -> {
        LOG.info("ignored a message on route {}: the live feed only sends", route);
      }
    }
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(200);
    return response;
  }
}
