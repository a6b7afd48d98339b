package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.core.live.InMemoryLiveConnections;
import com.vanitycall.core.live.LiveChannel;
import com.vanitycall.core.live.LiveConnections;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The broadcaster's contract with Lambda and with the pages, offline: one message per batch to each
 * page after one listing of the pages, and a response that names exactly the records Lambda must
 * retry (the event source mapping reports batch item failures).
 */
class LiveFeedHandlerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

  /** Open pages, counting how often they are listed; unlistable ones as a failing Scan. */
  private static final class Pages implements LiveConnections {
    private final InMemoryLiveConnections pages = new InMemoryLiveConnections();
    private final AtomicInteger listings = new AtomicInteger();
    private final boolean listable;

    Pages(int count, boolean listable) {
      IntStream.range(0, count).forEach(i -> pages.add("page-" + i, Instant.MAX));
      this.listable = listable;
    }

    @Override
    public void add(String connectionId, Instant expiresAt) {
      pages.add(connectionId, expiresAt);
    }

    @Override
    public void remove(String connectionId) {
      pages.remove(connectionId);
    }

    @Override
    public List<String> open() {
      listings.incrementAndGet();
      if (!listable) {
        throw new IllegalStateException("ProvisionedThroughputExceededException");
      }
      return pages.open();
    }
  }

  private final Map<String, List<String>> received = new ConcurrentHashMap<>();
  private final LiveChannel recording =
      (page, message) -> {
        received.computeIfAbsent(page, p -> new ArrayList<>()).add(message);
        return true;
      };

  @Test
  void aBatchOfNewCalls_isOneMessageToEachPage_theNewestTwentyNewestFirst() throws IOException {
    Pages pages = new Pages(50, true);

    StreamsEventResponse response =
        new LiveFeedHandler(pages, recording).handleRequest(newCalls(100), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(pages.listings).hasValue(1);
    assertThat(received)
        .hasSize(50)
        .allSatisfy((page, messages) -> assertThat(messages).hasSize(1));
    JsonNode calls = JSON.readTree(received.get("page-7").get(0)).path("calls");
    List<String> ids = new ArrayList<>();
    calls.forEach(call -> ids.add(call.path("id").asText()));
    assertThat(ids)
        .hasSize(LiveFeedHandler.MOST_CALLS)
        .containsExactlyElementsOf(
            IntStream.range(0, 20).mapToObj(i -> "call-" + (99 - i)).toList());
  }

  /**
   * Issue 19: a full batch (100 calls) once took 100 listings and 100 posts per page one after
   * another, each up to 2 s, past the function's 30 s timeout. With each post taking 20 ms, a
   * thousand pages now take about 1,000 / 32 posts' time (~0.6 s); one after another they took 100
   * × 1,000 × 20 ms. The bound is a third of the function's timeout.
   */
  @Test
  void aFullBatchToAThousandPages_takesWellUnderTheFunctionsTimeout() {
    Pages pages = new Pages(1_000, true);
    AtomicInteger posts = new AtomicInteger();
    LiveChannel twentyMillisEach =
        (page, message) -> {
          posts.incrementAndGet();
          LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
          return true;
        };

    StreamsEventResponse response =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> new LiveFeedHandler(pages, twentyMillisEach).handleRequest(newCalls(100), null));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(posts).hasValue(1_000);
    assertThat(pages.listings).hasValue(1);
  }

  @Test
  void aRecordThatCannotBeRead_isReportedWithThoseAfterIt_andOnlyTheCallsBeforeItAreSent()
      throws IOException {
    List<DynamodbStreamRecord> records =
        List.of(
            StreamRecords.newCall("call-0", NOON, "100"),
            StreamRecords.unreadableCall("call-1", "101"),
            StreamRecords.newCall("call-2", NOON.plusSeconds(2), "102"));

    StreamsEventResponse response =
        new LiveFeedHandler(new Pages(2, true), recording)
            .handleRequest(StreamRecords.streamOf(records), null);

    assertThat(failed(response)).containsExactly("101", "102");
    JsonNode calls = JSON.readTree(received.get("page-0").get(0)).path("calls");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).path("id").asText()).isEqualTo("call-0");
  }

  @Test
  void whenThePagesCannotBeListed_everyRecordIsReported_forLambdaToRetry() {
    StreamsEventResponse response =
        new LiveFeedHandler(new Pages(2, false), recording).handleRequest(newCalls(3), null);

    assertThat(failed(response)).containsExactly("0", "1", "2");
    assertThat(received).isEmpty();
  }

  @Test
  void aPageThatCannotBeReached_failsNoRecord_andTheOthersHearOfTheCalls() {
    LiveChannel oneFails =
        (page, message) -> {
          if (page.equals("page-0")) {
            throw new IllegalStateException("LimitExceededException");
          }
          return recording.post(page, message);
        };

    StreamsEventResponse response =
        new LiveFeedHandler(new Pages(3, true), oneFails).handleRequest(newCalls(2), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(received).containsOnlyKeys("page-1", "page-2");
  }

  @Test
  void aLoadToolsCall_neverReachesThePage() throws IOException {
    Map<String, AttributeValue> synthetic = StreamRecords.call("load-1", NOON.plusSeconds(5));
    synthetic.put("synthetic", new AttributeValue().withBOOL(true));
    List<DynamodbStreamRecord> records =
        List.of(
            StreamRecords.newCall("call-0", NOON, "1"),
            StreamRecords.record("INSERT", synthetic, "2"));

    StreamsEventResponse response =
        new LiveFeedHandler(new Pages(1, true), recording)
            .handleRequest(StreamRecords.streamOf(records), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode calls = JSON.readTree(received.get("page-0").get(0)).path("calls");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).path("id").asText()).isEqualTo("call-0");
  }

  @Test
  void aBatchWithoutNewCalls_sendsNothing_andIsDone() {
    Pages pages = new Pages(3, true);
    List<DynamodbStreamRecord> updates =
        List.of(StreamRecords.record("MODIFY", StreamRecords.call("call-0", NOON), "7"));

    StreamsEventResponse response =
        new LiveFeedHandler(pages, recording).handleRequest(StreamRecords.streamOf(updates), null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(received).isEmpty();
    assertThat(pages.listings).hasValue(0);
  }

  /** {@code count} new calls a second apart, call-0 first, sequence numbers 0, 1, ... */
  private static com.amazonaws.services.lambda.runtime.events.DynamodbEvent newCalls(int count) {
    return StreamRecords.streamOf(
        IntStream.range(0, count)
            .mapToObj(i -> StreamRecords.newCall("call-" + i, NOON.plusSeconds(i), "" + i))
            .toList());
  }

  private static List<String> failed(StreamsEventResponse response) {
    return response.getBatchItemFailures().stream()
        .map(BatchItemFailure::getItemIdentifier)
        .toList();
  }
}
