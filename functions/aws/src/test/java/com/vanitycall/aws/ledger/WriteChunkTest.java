package com.vanitycall.aws.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

class WriteChunkTest {

  private static final Instant MIDNIGHT = Instant.parse("2026-11-22T23:59:00Z");

  @Test
  void everyChunk_holdsAtMostAHundredItems_eachCounterOnce_andTheCallsInOrder() {
    for (long seed = 1; seed <= 20; seed++) {
      List<LedgerEntry> calls = calls(new Random(seed), 250);

      List<WriteChunk> chunks = WriteChunk.plan(calls);

      assertThat(chunks.stream().flatMap(chunk -> chunk.calls().stream()).toList())
          .isEqualTo(calls);
      for (WriteChunk chunk : chunks) {
        List<TransactWriteItem> items = chunk.transactItems("calls", "analytics");
        assertThat(items).hasSize(chunk.items()).hasSizeLessThanOrEqualTo(WriteChunk.MAX_ITEMS);
        assertThat(items.stream().map(WriteChunkTest::key).distinct()).hasSameSizeAs(items);
      }
      assertThat(chunks.subList(0, chunks.size() - 1))
          .allSatisfy(chunk -> assertThat(chunk.items()).isGreaterThan(WriteChunk.MAX_ITEMS - 3));
    }
  }

  @Test
  void theCounters_addUpTheChunksCalls_perDayHourStatusAndSource_andPerAreaAndWord() {
    List<LedgerEntry> calls = calls(new Random(3), 40);

    Map<String, Long> added = new HashMap<>();
    for (WriteChunk chunk : WriteChunk.plan(calls)) {
      for (TransactWriteItem item : chunk.transactItems("calls", "analytics")) {
        if (item.update() != null) {
          added(item.update()).forEach((name, n) -> added.merge(name, n, Long::sum));
        }
      }
    }

    Map<String, Long> expected = new HashMap<>();
    for (LedgerEntry call : calls) {
      CallCount count = call.count();
      expected.merge(count.day() + " calls", 1L, Long::sum);
      expected.merge(count.day() + " " + count.hour(), 1L, Long::sum);
      expected.merge(count.day() + " " + status(count.status()), 1L, Long::sum);
      expected.merge(count.day() + " " + source(count.source()), 1L, Long::sum);
      expected.merge(count.area() + " calls", 1L, Long::sum);
      expected.merge(count.word() + " calls", 1L, Long::sum);
    }
    added.values().removeIf(n -> n == 0);
    assertThat(added).isEqualTo(expected);
  }

  /** What an {@code ADD} update adds, as "key attribute" → amount. */
  private static Map<String, Long> added(Update update) {
    Map<String, Long> added = new HashMap<>();
    String key = update.key().get("counter").s() + "/" + update.key().get("subject").s();
    for (String term : update.updateExpression().substring("ADD ".length()).split(", ")) {
      String[] parts = term.split(" ");
      String name =
          parts[0].startsWith("#") ? update.expressionAttributeNames().get(parts[0]) : parts[0];
      added.put(
          key + " " + name, Long.parseLong(update.expressionAttributeValues().get(parts[1]).n()));
    }
    return added;
  }

  private static String key(TransactWriteItem item) {
    Map<String, AttributeValue> key =
        item.put() != null
            ? Map.of("eventId", item.put().item().get("eventId"))
            : item.update().key();
    return key.toString();
  }

  private static String status(CallerStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String source(VanitySource source) {
    return switch (source) {
      case CACHE -> "answeredFromCache";
      case QUICK -> "answeredQuick";
      case FALLBACK -> "answeredFallback";
    };
  }

  /** Calls around midnight (two days, several hours), over a few area codes and many words. */
  private static List<LedgerEntry> calls(Random random, int n) {
    List<LedgerEntry> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = MIDNIGHT.plusSeconds(random.nextInt(7200) - 3600);
      CallEvent event =
          random.nextInt(10) == 0
              ? CallEvent.fallback("e-" + i, CallerStatus.WITHHELD, at, 40)
              : new CallEvent(
                  1,
                  "e-" + i,
                  "+1" + (212 + random.nextInt(3)) + "55501" + (10 + random.nextInt(90)),
                  CallerStatus.VALID,
                  at,
                  List.of(),
                  random.nextBoolean() ? VanitySource.QUICK : VanitySource.CACHE,
                  700);
      String word = "W" + random.nextInt(60);
      List<Vanity> best =
          event.callerStatus() == CallerStatus.VALID
              ? List.of(new Vanity("1-212-" + word, List.of(word), 500, word))
              : List.of();
      calls.add(
          LedgerEntry.of(
              new ScoredCall("shardId-0:s-" + i, "s-" + i, event, best, best, "v"),
              Duration.ofDays(90)));
    }
    return calls;
  }
}
