package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code load storm --function}: the real SDK's Lambda Invoke, against a stand-in of Lambda's
 * Invoke API on loopback (no Lambda emulator runs here) that answers as the deployed Connect
 * handler would and fails for one number as an unhandled Java exception does.
 */
class LambdaStormTargetIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FAILING = "+15550000000";

  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private HttpServer lambda;

  @BeforeEach
  void startStandIn() throws IOException {
    lambda = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    lambda.createContext("/", this::invoke);
    lambda.start();
  }

  @AfterEach
  void stopStandIn() {
    lambda.stop(0);
  }

  @Test
  void aStormOfADeployedFunction_sendsConnectEvents_andCountsItsErrorsByKind() {
    URI endpoint = URI.create("http://127.0.0.1:" + lambda.getAddress().getPort());
    HandlerStorm.Result result;
    try (AwsClients clients =
        new AwsClients(Region.US_EAST_1, Optional.empty(), Optional.empty())) {
      LambdaClient client =
          clients.client(LambdaClient.builder(), Optional.of(endpoint), CallBudget.inBackground());
      result =
          new HandlerStorm(
                  new LambdaStormTarget(client, "vanity-lookup"),
                  new ClosedWorkload(Duration.ofMillis(700), 2, Duration.ZERO),
                  List.of("+18003569377", "anonymous", FAILING))
              .run(new PrintWriter(new StringWriter()));
    }

    assertThat(paths).allMatch(p -> p.equals("/2015-03-31/functions/vanity-lookup/invocations"));
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(event.path("Name").asText()).isEqualTo("ContactFlowEvent");
              assertThat(event.at("/Details/ContactData/CustomerEndpoint/Type").asText())
                  .isEqualTo("TELEPHONE_NUMBER");
            });
    assertThat(events.stream().map(e -> e.at("/Details/ContactData/ContactId").asText()).distinct())
        .hasSize(events.size());
    long failing =
        events.stream()
            .filter(
                e -> e.at("/Details/ContactData/CustomerEndpoint/Address").asText().equals(FAILING))
            .count();
    assertThat(result.report().errors())
        .containsEntry("Unhandled java.lang.IllegalStateException", failing);
    assertThat(result.report().count()).isEqualTo(events.size() - failing);
    assertThat(result.answeredFrom()).containsOnlyKeys("QUICK", "FALLBACK");
  }

  /** Lambda's Invoke: the event in, the handler's result out, or a function error. */
  private void invoke(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode event = JSON.readTree(exchange.getRequestBody());
      paths.add(exchange.getRequestURI().getPath());
      events.add(event);
      String number = event.at("/Details/ContactData/CustomerEndpoint/Address").asText();
      String body;
      if (number.equals(FAILING)) {
        exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
        body = "{\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"boom\"}";
      } else {
        body =
            "{\"status\":\"OK\",\"source\":\""
                + (number.startsWith("+") ? "QUICK" : "FALLBACK")
                + "\"}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
