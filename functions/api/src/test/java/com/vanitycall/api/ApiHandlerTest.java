package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.CallQuery;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.StoredCall;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the handler reads API Gateway's event, offline (ApiIT covers the routes over HTTP). */
class ApiHandlerTest {

  /** A history nobody called, and one that fails as DynamoDB can. */
  private static final CallHistory EMPTY =
      new CallHistory() {
        @Override
        public CallHistory withSynthetic() {
          return this;
        }

        @Override
        public List<StoredCall> calls(CallQuery query) {
          return List.of();
        }

        @Override
        public List<StoredCall> lastCalls(int n, LocalDate today, int days) {
          return List.of();
        }

        @Override
        public Optional<DayCounters> counters(LocalDate day) {
          return Optional.empty();
        }

        @Override
        public Map<LocalDate, DayCounters> counters(LocalDate from, LocalDate to) {
          throw new IllegalStateException(
              "ProvisionedThroughputExceededException on vanitycall-analytics");
        }

        @Override
        public Map<String, Long> countsBy(CounterDimension dimension, List<LocalDate> days) {
          return Map.of();
        }
      };

  private final ApiHandler handler =
      new ApiHandler(
          EMPTY,
          "a key of thirty-two bytes, or so".getBytes(StandardCharsets.UTF_8),
          Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void aRequestUnderANamedStage_isRoutedAsOnTheDefaultStage() {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(event("prod", "/prod/api/recent"), null);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody()).isEqualTo("{\"calls\":[]}");
  }

  @Test
  void aFailingRead_isA500_thatNamesNothingInternal() {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(event("$default", "/api/stats"), null);

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getBody())
        .contains("could not be read just now")
        .doesNotContain("Exception", "vanitycall-analytics");
  }

  @Test
  void anotherMethod_onTheAnyRouteOfAws_isA405_thatAllowsGetAndHead() {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(event("$default", "POST", "/api/calls"), null);

    assertThat(response.getStatusCode()).isEqualTo(405);
    assertThat(response.getHeaders()).containsEntry("Allow", "GET, HEAD");
    assertThat(response.getBody()).contains("only GET (or HEAD) is allowed on /api/calls");
  }

  /**
   * CloudFront forwards HEAD as well as GET and caches the answer: a 405 to a link preview's HEAD
   * would be what the edge serves. HEAD is answered as GET, without the body.
   */
  @Test
  void head_isAnsweredAsGet_withoutTheBody() {
    for (String path : List.of("/api/recent", "/api/today")) {
      APIGatewayV2HTTPResponse get = handler.handleRequest(event("$default", "GET", path), null);
      APIGatewayV2HTTPResponse head = handler.handleRequest(event("$default", "HEAD", path), null);

      assertThat(head.getStatusCode()).as(path).isEqualTo(200);
      assertThat(head.getHeaders()).as(path).isEqualTo(get.getHeaders()).containsKey("ETag");
      assertThat(get.getBody()).as(path).isNotEmpty();
      assertThat(head.getBody()).as(path).isEmpty();
    }
    APIGatewayV2HTTPResponse missing =
        handler.handleRequest(event("$default", "HEAD", "/api/nothing"), null);
    assertThat(missing.getStatusCode()).isEqualTo(404);
    assertThat(missing.getBody()).isEmpty();
  }

  private static APIGatewayV2HTTPEvent event(String stage, String path) {
    return event(stage, "GET", path);
  }

  /** As API Gateway sends it for the route {@code ANY /api/...} the stack declares. */
  private static APIGatewayV2HTTPEvent event(String stage, String method, String path) {
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("ANY " + path.substring(path.indexOf("/api/")))
        .withRawPath(path)
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withStage(stage)
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method)
                        .withPath(path)
                        .build())
                .build())
        .build();
  }
}
