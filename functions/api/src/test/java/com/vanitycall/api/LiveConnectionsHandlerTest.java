package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.vanitycall.core.live.InMemoryLiveConnections;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API's routes as API Gateway calls them: {@code $connect} and {@code $disconnect}
 * keep the connection list; {@code $default} answers the page's keep-alive (API Gateway closes a
 * WebSocket idle for 10 minutes) and refuses anything else.
 */
class LiveConnectionsHandlerTest {

  private final InMemoryLiveConnections pages = new InMemoryLiveConnections();
  private final LiveConnectionsHandler handler =
      new LiveConnectionsHandler(
          pages, Clock.fixed(Instant.parse("2099-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void aPagesPing_isAnsweredWithAPong_andChangesNoConnection() {
    handler.handleRequest(event("$connect", null), null);

    APIGatewayV2WebSocketResponse answer =
        handler.handleRequest(event("$default", "{\"action\":\"ping\"}"), null);

    assertThat(answer.getStatusCode()).isEqualTo(200);
    assertThat(answer.getBody()).isEqualTo("{\"action\":\"pong\"}");
    assertThat(pages.open()).containsExactly("page-a");
  }

  @Test
  void anyOtherMessage_isRefused_sayingWhatIsTaken() {
    for (String message : new String[] {"hello", "{\"action\":\"subscribe\"}", "", null}) {
      APIGatewayV2WebSocketResponse answer =
          handler.handleRequest(event("$default", message), null);

      assertThat(answer.getStatusCode()).as(message).isEqualTo(400);
      assertThat(answer.getBody()).as(message).contains("takes only").contains("ping");
    }
  }

  @Test
  void connectAndDisconnect_rememberAndForgetThePage() {
    handler.handleRequest(event("$connect", null), null);
    assertThat(pages.open()).containsExactly("page-a");

    handler.handleRequest(event("$disconnect", null), null);
    assertThat(pages.open()).isEmpty();
  }

  private static APIGatewayV2WebSocketEvent event(String route, String body) {
    var context = new APIGatewayV2WebSocketEvent.RequestContext();
    context.setRouteKey(route);
    context.setConnectionId("page-a");
    var event = new APIGatewayV2WebSocketEvent();
    event.setRequestContext(context);
    event.setBody(body);
    return event;
  }
}
