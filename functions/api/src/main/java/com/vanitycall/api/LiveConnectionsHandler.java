package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * (API Gateway closes WebSocket connections after two hours). Its {@code $default} route answers
 * the page's keep-alive: API Gateway closes a connection idle for 10 minutes, so a page pings
 * ({@value #PING}) more often than that and hears {@value #PONG}.
 */
public final class LiveConnectionsHandler
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

  static final Duration LIFETIME = Duration.ofHours(2);

  static final String PING = "{\"action\":\"ping\"}";
  static final String PONG = "{\"action\":\"pong\"}";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

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
    return switch (route) {
      case "$connect" -> {
        connections.add(connectionId, clock.instant().plus(LIFETIME));
        yield response(200, null);
      }
      case "$disconnect" -> {
        connections.remove(connectionId);
        yield response(200, null);
      }
      default -> answer(event.getBody());
    };
  }

  /** A page's message: its keep-alive is answered; the live feed takes no other. */
  private static APIGatewayV2WebSocketResponse answer(String message) {
    if (isPing(message)) {
      return response(200, PONG);
    }
    LOG.info(
        "refused a page's message that is not a ping ({} characters)",
        message == null ? 0 : message.length());
    return response(
        400, JSON.createObjectNode().put("error", "the live feed takes only " + PING).toString());
  }

  private static boolean isPing(String message) {
    try {
      return message != null && JSON.readTree(message).path("action").asText().equals("ping");
    } catch (JsonProcessingException notJson) {
      return false;
    }
  }

  private static APIGatewayV2WebSocketResponse response(int status, String body) {
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(status);
    response.setBody(body);
    return response;
  }
}
