package com.vanitycall.aws.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The DynamoDB ledger on DynamoDB Local: what batches of calls leave in the calls and analytics
 * tables.
 */
class DynamoDbCallLedgerIT {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");
  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private static final Duration TTL = Duration.ofDays(90);

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @Test
  void aBatchTooBigForOneTransaction_isPersistedAndCountedExactly() {
    ResourceNames names = aws.freshResources("ledger");
    List<ScoredCall> calls = calls("big", 150, new Random(7));

    List<String> failed = ledger(aws.dynamo(), names).persist(calls);

    assertThat(failed).isEmpty();
    assertThat(eventIds(names)).hasSize(150);
    DayCounters day = history(names).counters(DAY).orElseThrow();
    assertThat(day.calls()).isEqualTo(150);
    assertThat(day.callsByHour().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(150);
    assertThat(day.valid() + day.withheld() + day.invalid()).isEqualTo(150);
    assertThat(day.withheld())
        .isEqualTo(
            calls.stream().filter(c -> c.event().callerStatus() == CallerStatus.WITHHELD).count());
    assertThat(sum(history(names).countsBy(CounterDimension.AREA, DAY))).isEqualTo(150);
    assertThat(history(names).countsBy(CounterDimension.WORD, DAY)).isEqualTo(expectedWords(calls));
  }

  @Test
  void replays_twiceShuffledAndAmongNewCalls_writeOnlyTheNewOnes_andCountThemOnce() {
    ResourceNames names = aws.freshResources("ledger");
    CallLedger ledger = ledger(aws.dynamo(), names);
    List<ScoredCall> first = calls("first", 60, new Random(1));
    ledger.persist(first);
    Map<String, Map<String, AttributeValue>> before = items(names.analyticsTable(), "counter");

    List<ScoredCall> replayed = new ArrayList<>(first);
    replayed.addAll(first);
    Collections.shuffle(replayed, new Random(2));
    assertThat(ledger.persist(replayed)).isEmpty();
    assertThat(items(names.analyticsTable(), "counter")).isEqualTo(before);

    List<ScoredCall> mixed = new ArrayList<>(calls("second", 30, new Random(3)));
    mixed.addAll(first.subList(0, 40));
    Collections.shuffle(mixed, new Random(4));
    assertThat(ledger.persist(mixed)).isEmpty();

    assertThat(eventIds(names)).hasSize(90);
    assertThat(history(names).counters(DAY).orElseThrow().calls()).isEqualTo(90);
    assertThat(sum(history(names).countsBy(CounterDimension.WORD, DAY))).isEqualTo(90);
  }

  @Test
  void syntheticCalls_areKeptApart_outOfEveryDefaultRead_andReadOnlyWhenAskedFor() {
    ResourceNames names = aws.freshResources("ledger");
    List<ScoredCall> callers = calls("caller", 20, new Random(5));
    List<ScoredCall> loadTest =
        calls("load", 30, new Random(6)).stream()
            .map(
                call ->
                    new ScoredCall(
                        call.itemIdentifier(),
                        call.sequenceNumber(),
                        call.event().asSynthetic(),
                        call.best(),
                        call.worthSaying(),
                        call.dictionaryVersion()))
            .toList();
    List<ScoredCall> all = new ArrayList<>(callers);
    all.addAll(loadTest);
    Collections.shuffle(all, new Random(8));

    assertThat(ledger(aws.dynamo(), names).persist(all)).isEmpty();

    DynamoDbCallHistory history = history(names);
    assertThat(history.counters(DAY).orElseThrow().calls()).isEqualTo(20);
    assertThat(sum(history.countsBy(CounterDimension.WORD, DAY))).isEqualTo(20);
    assertThat(history.lastCalls(50, DAY, 1))
        .hasSize(20)
        .allSatisfy(call -> assertThat(call.synthetic()).isFalse());
    assertThat(history.callsBetween(NOON.minusSeconds(60), NOON.plusSeconds(7 * 3600))).hasSize(20);
    String repeated =
        callers.stream()
            .map(call -> call.event().callerNumber())
            .filter(number -> number != null)
            .findFirst()
            .orElseThrow();
    assertThat(history.callsOf(repeated, 100))
        .allSatisfy(call -> assertThat(call.synthetic()).isFalse());

    DynamoDbCallHistory withSynthetic = history.withSynthetic();
    assertThat(withSynthetic.counters(DAY).orElseThrow().calls()).isEqualTo(50);
    assertThat(sum(withSynthetic.countsBy(CounterDimension.AREA, DAY))).isEqualTo(50);
    assertThat(
            withSynthetic.callsBetween(NOON.minusSeconds(60), NOON.plusSeconds(7 * 3600)).stream()
                .filter(StoredCall::synthetic))
        .hasSize(30);
    assertThat(withSynthetic.lastCalls(50, DAY, 1))
        .as("the page's read: callers' calls only, whatever the history")
        .hasSize(20);
  }

  @Test
  void aConflict_isWrittenAgainAfterAPause_andOneThatLasts_isReportedForRetry() {
    ResourceNames names = aws.freshResources("ledger");
    List<ScoredCall> calls = calls("conflict", 5, new Random(5));
    AtomicInteger transactions = new AtomicInteger();
    DynamoDbClient conflictOnce = conflicting(transactions, 1);

    assertThat(ledger(conflictOnce, names).persist(calls)).isEmpty();
    assertThat(transactions).hasValue(2);
    assertThat(eventIds(names)).hasSize(5);
    assertThat(history(names).counters(DAY).orElseThrow().calls()).isEqualTo(5);

    List<ScoredCall> later = calls("lasting", 3, new Random(6));
    List<String> failed =
        ledger(conflicting(new AtomicInteger(), Integer.MAX_VALUE), names).persist(later);
    assertThat(failed)
        .containsExactlyElementsOf(later.stream().map(ScoredCall::itemIdentifier).toList());
    assertThat(eventIds(names)).hasSize(5);
  }

  @Test
  void aCallDynamoDbRefusesForGood_isDeadLettered_whileTheOthersOfItsChunkAreWritten() {
    ResourceNames names = aws.freshResources("ledger");
    List<ScoredCall> calls = new ArrayList<>(calls("ok", 4, new Random(8)));
    CallEvent oversized =
        new CallEvent(
            1,
            "too-big",
            "+18003569377",
            CallerStatus.VALID,
            NOON,
            List.of(),
            VanitySource.QUICK,
            9);
    // its item is over DynamoDB's 400 KB
    Vanity huge = new Vanity("X".repeat(450_000), List.of(), 0, "X");
    calls.add(
        2,
        new ScoredCall("shardId-0:seq-big", "seq-big", oversized, List.of(huge), List.of(), "v"));

    List<String> failed = ledger(aws.dynamo(), names).persist(calls);

    assertThat(failed).isEmpty();
    assertThat(eventIds(names)).hasSize(4).doesNotContain("too-big");
    assertThat(history(names).counters(DAY).orElseThrow().calls()).isEqualTo(4);
    var letters =
        new DynamoDbDeadLetters(aws.dynamo(), names.deadLettersTable(), TTL, Clock.systemUTC())
            .list(10);
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).id()).isEqualTo("pipeline-seq-big");
    assertThat(letters.get(0).letter().origin()).isEqualTo("pipeline-workflow");
    assertThat(letters.get(0).letter().reason()).startsWith("DynamoDB.ValidationException");
    assertThat(letters.get(0).letter().payload()).contains("\"eventId\":\"too-big\"");
  }

  private static CallLedger ledger(DynamoDbClient dynamo, ResourceNames names) {
    return new DynamoDbCallLedger(
        dynamo,
        names.callsTable(),
        names.analyticsTable(),
        TTL,
        new DynamoDbDeadLetters(dynamo, names.deadLettersTable(), TTL, Clock.systemUTC()),
        Clock.systemUTC());
  }

  /** The emulator behind a client whose first {@code conflicts} transactions meet a conflict. */
  private static DynamoDbClient conflicting(AtomicInteger transactions, int conflicts) {
    DynamoDbClient real = aws.dynamo();
    return new DynamoDbClient() {
      @Override
      public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        if (transactions.incrementAndGet() <= conflicts) {
          List<CancellationReason> reasons = new ArrayList<>();
          request
              .transactItems()
              .forEach(item -> reasons.add(CancellationReason.builder().code("None").build()));
          reasons.set(
              reasons.size() - 1, CancellationReason.builder().code("TransactionConflict").build());
          throw TransactionCanceledException.builder()
              .message("Transaction cancelled [TransactionConflict]")
              .cancellationReasons(reasons)
              .statusCode(400)
              .build();
        }
        return real.transactWriteItems(request);
      }

      @Override
      public String serviceName() {
        return real.serviceName();
      }

      @Override
      public void close() {}
    };
  }

  /** Calls on one day: mostly valid numbers over a few area codes, some withheld, some invalid. */
  private static List<ScoredCall> calls(String prefix, int n, Random random) {
    String[] areas = {"212", "415", "303", "617", "800"};
    String[] words = {"FLOWERS", "PIZZA", "TAXI", "DENTIST", "LAWYER", "PLUMBER"};
    List<ScoredCall> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = NOON.plusSeconds(random.nextInt(6 * 3600));
      int kind = random.nextInt(10);
      CallEvent event =
          kind == 0
              ? CallEvent.fallback(prefix + "-" + i, CallerStatus.WITHHELD, at, 40)
              : kind == 1
                  ? CallEvent.fallback(prefix + "-" + i, CallerStatus.INVALID, at, 40)
                  : new CallEvent(
                      1,
                      prefix + "-" + i,
                      "+1" + areas[random.nextInt(areas.length)] + "55501" + (10 + i % 90),
                      CallerStatus.VALID,
                      at,
                      List.of(),
                      VanitySource.values()[random.nextInt(2)],
                      700);
      List<Vanity> best =
          kind <= 1
              ? List.of()
              : List.of(
                  new Vanity(
                      "1-800-" + words[i % words.length],
                      List.of(words[i % words.length]),
                      900,
                      words[i % words.length]));
      calls.add(
          new ScoredCall(
              "shardId-0:seq-" + prefix + "-" + i,
              "seq-" + prefix + "-" + i,
              event,
              best,
              best,
              "test"));
    }
    return calls;
  }

  private static Map<String, Long> expectedWords(List<ScoredCall> calls) {
    Map<String, Long> words = new HashMap<>();
    calls.forEach(call -> words.merge(call.headlineWord(), 1L, Long::sum));
    return words;
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static DynamoDbCallHistory history(ResourceNames names) {
    return new DynamoDbCallHistory(aws.dynamo(), names.callsTable(), names.analyticsTable());
  }

  private static List<String> eventIds(ResourceNames names) {
    return new ArrayList<>(items(names.callsTable(), "eventId").keySet());
  }

  private static Map<String, Map<String, AttributeValue>> items(String table, String key) {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    aws.dynamo()
        .scanPaginator(b -> b.tableName(table).consistentRead(true))
        .items()
        .forEach(item -> items.put(item.get(key).s(), item));
    return items;
  }
}
