package com.vanitycall.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CachedVanities;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.VanityLookup;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handler as Lambda runs it: composed from environment variables, fed real event JSON
 * (deserialized as the runtime does), talking to DynamoDB Local and kinesalite through the real SDK
 * clients. Failures are real too: missing resources, a closed port, a server that never answers, a
 * budget too small to meet.
 */
class ConnectHandlerIT {

  private static final PhoneNumber FLOWERS = new PhoneNumber("+18003569377", "1800", "3569377");
  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();
  private static final DynamoDbClient dynamo = aws.dynamo();

  private ResourceNames names;

  @BeforeEach
  void freshStack() {
    names = aws.freshResources("connect");
  }

  private Map<String, String> environment() {
    return aws.environment(names);
  }

  private static ConnectEvent event(String file) {
    return EventLoader.loadConnectEvent("events/" + file);
  }

  private List<CallEvent> published() {
    CallEventCodec codec = new CallEventCodec();
    return aws.records(names.callEventsStream()).stream()
        .map(record -> codec.fromJson(record.data().asUtf8String()))
        .toList();
  }

  private List<StoredDeadLetter> deadLetters() {
    return new DynamoDbDeadLetters(
            dynamo, names.deadLettersTable(), Duration.ofDays(1), Clock.systemUTC())
        .list(100);
  }

  @Nested
  class OnAHealthyStack {

    private ConnectHandler handler;

    @BeforeEach
    void handlerFromTheEnvironment() {
      Map<String, String> env = environment();
      // generous budgets: these tests are about answers, not about a loaded machine's latency
      env.put("CACHE_TIMEOUT_MS", "2000");
      env.put("PUBLISH_TIMEOUT_MS", "2000");
      handler = new ConnectHandler(ConnectConfig.from(env));
    }

    @Test
    void aValidCaller_hearsTheQuickOptionsWorthSaying_andTheEventIsOnTheStream() {
      Map<String, String> response = handler.handleRequest(event("caller_flowers.json"), null);

      // FLOWERS alone: 3-LOWERS and 35-OWES-7 are far below it (WorthSaying)
      assertThat(response)
          .containsEntry("status", "ANSWERED")
          .containsEntry("source", "QUICK")
          .containsEntry("count", "1")
          .containsEntry("prefixDigits", "1800")
          .containsEntry("vanity1", "1-800-FLOWERS")
          .doesNotContainKey("vanity2");
      assertThat(published())
          .singleElement()
          .satisfies(
              event -> {
                assertThat(event.eventId()).isEqualTo("0d5e1c7a-1111-4c1e-9a55-000000000001");
                assertThat(event.callerNumber()).isEqualTo("+18003569377");
                assertThat(event.source()).isEqualTo(VanitySource.QUICK);
                assertThat(event.answer())
                    .extracting(Vanity::display)
                    .contains(response.get("vanity1"));
              });
      assertThat(deadLetters()).isEmpty();
    }

    @Test
    void theSecondCall_onceADeepResultIsCached_isAnsweredFromTheCache() {
      handler.handleRequest(event("caller_flowers.json"), null);
      Vanity deep = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 999, "FLOWERS");
      new DynamoDbVanityCache(
              dynamo, names.vanityCacheTable(), Duration.ofDays(90), Clock.systemUTC())
          .offer(FLOWERS, new CachedVanities(List.of(deep), "deep-test", Instant.now()));

      Map<String, String> second = handler.handleRequest(event("caller_flowers.json"), null);

      assertThat(second)
          .containsEntry("source", "CACHE")
          .containsEntry("count", "1")
          .containsEntry("vanity1", "1-800-FLOWERS")
          .containsEntry("vanity1Words", "flowers")
          .containsEntry("vanity1Letters", "FLOWERS");
      assertThat(published())
          .extracting(CallEvent::source)
          .containsExactly(VanitySource.QUICK, VanitySource.CACHE);
    }

    @Test
    void connectsOwnSampleEvent_carriesANumberNoPlanHas_andGetsTheFallback() {
      Map<String, String> response = handler.handleRequest(event("connect_event.json"), null);

      assertThat(response)
          .containsExactly(
              Map.entry("status", "INVALID"),
              Map.entry("source", "FALLBACK"),
              Map.entry("count", "0"));
      assertThat(published())
          .singleElement()
          .satisfies(
              event -> {
                assertThat(event.callerStatus()).isEqualTo(CallerStatus.INVALID);
                assertThat(event.callerNumber()).isNull();
              });
    }

    @Test
    void withheldAndMissingAndMalformedCallers_getTheFallback_andEveryCallIsPublished() {
      assertThat(handler.handleRequest(event("caller_withheld.json"), null))
          .containsEntry("status", "WITHHELD");
      assertThat(handler.handleRequest(event("caller_without_endpoint.json"), null))
          .containsEntry("status", "WITHHELD");
      assertThat(handler.handleRequest(event("caller_malformed.json"), null))
          .containsEntry("status", "INVALID")
          .containsEntry("source", "FALLBACK");

      assertThat(published())
          .extracting(CallEvent::callerStatus)
          .containsExactly(CallerStatus.WITHHELD, CallerStatus.WITHHELD, CallerStatus.INVALID);
    }

    @Test
    void aLoadToolsCall_isAnsweredAlike_andPublishedMarkedSynthetic() {
      ConnectEvent loadTest = event("caller_flowers.json");
      loadTest
          .getDetails()
          .getContactData()
          .setAttributes(Map.of(ConnectHandler.SYNTHETIC_ATTRIBUTE, "true"));

      Map<String, String> answer = handler.handleRequest(loadTest, null);
      handler.handleRequest(event("caller_flowers.json"), null);

      assertThat(answer).containsEntry("source", "QUICK");
      assertThat(published()).extracting(CallEvent::synthetic).containsExactly(true, false);
    }

    @Test
    void anInternationalCaller_keepsCountryAndAreaCodeAsDigits() {
      Map<String, String> response =
          handler.handleRequest(event("caller_international.json"), null);

      assertThat(response).containsEntry("prefixDigits", "4420").containsEntry("source", "QUICK");
      assertThat(response.get("status")).isIn("ANSWERED", "NO_WORDS");
      assertThat(published())
          .singleElement()
          .extracting(CallEvent::callerNumber)
          .isEqualTo("+442079460958");
    }

    @Test
    void everyResponse_obeysConnectsStrictestRule() {
      for (String file :
          List.of(
              "caller_flowers.json",
              "caller_international.json",
              "caller_withheld.json",
              "caller_malformed.json",
              "connect_event.json")) {
        Map<String, String> response = handler.handleRequest(event(file), null);

        assertThat(response.values()).allMatch(value -> value.matches("[A-Za-z0-9_-]*"));
        assertThat(response.toString().length()).isLessThan(1_024);
      }
    }

    @Test
    void anEventWithoutAContactId_isRefused_soTheFlowTakesItsErrorBranch() {
      assertThatThrownBy(() -> handler.handleRequest(event("event_without_contact_id.json"), null))
          .isInstanceOf(MalformedContactEventException.class)
          .hasMessageContaining("ContactId");
    }
  }

  @Nested
  class WhenTheCacheOrTheStreamFails {

    private ConnectHandler handlerWith(Map<String, String> overrides) {
      Map<String, String> env = environment();
      env.putAll(overrides);
      return new ConnectHandler(ConnectConfig.from(env));
    }

    private Map<String, String> callWith(Map<String, String> overrides) {
      return handlerWith(overrides).handleRequest(event("caller_flowers.json"), null);
    }

    private void assertQuickFlowers(Map<String, String> response) {
      assertThat(response)
          .containsEntry("status", "ANSWERED")
          .containsEntry("source", "QUICK")
          .containsEntry("count", "1")
          .containsEntry("vanity1", "1-800-FLOWERS");
    }

    @Test
    void aCacheThatTimesOut_stillLetsTheCallerHearTheQuickAnswer() {
      new DynamoDbVanityCache(
              dynamo, names.vanityCacheTable(), Duration.ofDays(90), Clock.systemUTC())
          .offer(
              FLOWERS,
              new CachedVanities(
                  List.of(new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 999, "FLOWERS")),
                  "deep-test",
                  Instant.now()));

      assertQuickFlowers(callWith(Map.of("CACHE_TIMEOUT_MS", "1")));
      assertThat(published())
          .singleElement()
          .extracting(CallEvent::source)
          .isEqualTo(VanitySource.QUICK);
    }

    @Test
    void aCacheThatErrors_stillLetsTheCallerHearTheQuickAnswer() {
      assertQuickFlowers(callWith(Map.of("VANITY_CACHE_TABLE", "no-such-table")));
      assertThat(published()).hasSize(1);
    }

    @Test
    void aStreamThatRefusesTheEvent_putsItInTheDeadLetters_withItsReason() {
      assertQuickFlowers(callWith(Map.of("CALL_EVENTS_STREAM", "no-such-stream")));

      assertThat(deadLetters())
          .singleElement()
          .satisfies(
              stored -> {
                assertThat(stored.letter().origin()).isEqualTo(VanityLookup.PUBLISH_ORIGIN);
                assertThat(stored.letter().reason()).contains("no-such-stream");
                assertThat(new CallEventCodec().fromJson(stored.letter().payload()).eventId())
                    .isEqualTo("0d5e1c7a-1111-4c1e-9a55-000000000001");
              });
    }

    @Test
    void aStreamThatThrottles_isRetriedOnceWithinTheBudget_thenTheEventIsInTheDeadLetters() {
      try (ThrottlingKinesis throttled = new ThrottlingKinesis()) {
        // a budget no loaded machine can exhaust before the retry: this test is about the retry
        assertQuickFlowers(
            callWith(
                Map.of(
                    "AWS_ENDPOINT_URL_KINESIS",
                    throttled.endpoint().toString(),
                    "PUBLISH_TIMEOUT_MS",
                    "3000")));

        assertThat(throttled.requests()).isEqualTo(2);
      }
      assertThat(deadLetters())
          .singleElement()
          .satisfies(
              stored ->
                  assertThat(stored.letter().reason())
                      .contains("ProvisionedThroughputExceededException"));
    }

    @Test
    void aStreamThatIsDown_costsTheCallerNothing_andTheEventIsInTheDeadLetters() throws Exception {
      int closedPort;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = probe.getLocalPort();
      }

      assertQuickFlowers(
          callWith(Map.of("AWS_ENDPOINT_URL_KINESIS", "http://127.0.0.1:" + closedPort)));

      assertThat(deadLetters())
          .singleElement()
          .satisfies(stored -> assertThat(stored.letter().reason()).isNotBlank());
    }

    @Test
    void aStreamThatNeverAnswers_isGivenUpOnWithinItsBudget_andTheEventIsInTheDeadLetters()
        throws Exception {
      try (ServerSocket stalled = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        ConnectHandler handler =
            handlerWith(
                Map.of(
                    "AWS_ENDPOINT_URL_KINESIS",
                    "http://127.0.0.1:" + stalled.getLocalPort(),
                    "PUBLISH_TIMEOUT_MS",
                    "250"));
        // the stream never answers: only the budget can end the publish, and the letter says so
        assertQuickFlowers(handler.handleRequest(event("caller_flowers.json"), null));
      }
      assertThat(deadLetters())
          .singleElement()
          .satisfies(
              letter -> assertThat(letter.letter().reason()).contains("did not complete before"));
    }
  }
}
