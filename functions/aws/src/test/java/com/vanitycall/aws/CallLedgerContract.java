package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.CallQuery;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallLedger} must do; subclasses supply a fresh, empty ledger and the {@link
 * CallHistory} that reads what it wrote.
 */
abstract class CallLedgerContract {

  static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");
  private static final Vanity FLOWERS =
      new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 900, "FLOWERS");

  protected abstract CallLedger ledger();

  protected abstract CallHistory history();

  /** A valid caller who heard the quick answer, a withheld one and an invalid one. */
  static List<ScoredCall> threeCalls(String prefix) {
    CallEvent valid =
        new CallEvent(
            CallEvent.SCHEMA_VERSION,
            prefix + "-valid",
            "+18003569377",
            CallerStatus.VALID,
            NOON,
            List.of(FLOWERS),
            VanitySource.QUICK,
            812);
    return List.of(
        scored(valid, List.of(FLOWERS)),
        scored(
            CallEvent.fallback(prefix + "-withheld", CallerStatus.WITHHELD, NOON, 40), List.of()),
        scored(CallEvent.fallback(prefix + "-invalid", CallerStatus.INVALID, NOON, 40), List.of()));
  }

  private static ScoredCall scored(CallEvent event, List<Vanity> best) {
    return new ScoredCall(
        "shardId-0:" + event.eventId(), "seq-" + event.eventId(), event, best, best, "dict-1");
  }

  @Test
  void persist_recordsEveryCallAsItWasScored_andCountsEachOnce() {
    List<ScoredCall> calls = threeCalls("c");

    assertThat(ledger().persist(calls)).isEmpty();

    StoredCall valid = history().calls(caller("+18003569377")).stream().findFirst().orElseThrow();
    assertThat(valid.eventId()).isEqualTo("c-valid");
    assertThat(valid.receivedAt()).isEqualTo(NOON);
    assertThat(valid.source()).isEqualTo(VanitySource.QUICK);
    assertThat(valid.heard()).containsExactly(FLOWERS);
    assertThat(valid.vanities()).containsExactly(FLOWERS);
    assertThat(valid.dictionaryVersion()).isEqualTo("dict-1");
    assertThat(history().lastCalls(10, DAY, 1))
        .extracting(StoredCall::eventId)
        .containsExactlyInAnyOrder("c-valid", "c-withheld", "c-invalid");
    DayCounters day = history().counters(DAY).orElseThrow();
    assertThat(List.of(day.calls(), day.valid(), day.withheld(), day.invalid()))
        .containsExactly(3L, 1L, 1L, 1L);
    assertThat(List.of(day.answeredQuick(), day.answeredFallback())).containsExactly(1L, 2L);
    assertThat(day.callsIn(12)).isEqualTo(3);
    assertThat(history().countsBy(CounterDimension.WORD, DAY))
        .isEqualTo(Map.of("FLOWERS", 1L, "none", 2L));
    assertThat(history().countsBy(CounterDimension.AREA, DAY))
        .isEqualTo(Map.of("1800", 1L, "none", 2L));
  }

  @Test
  void aReplay_andTheSameEventTwiceInABatch_areNeitherRecordedNorCountedAgain() {
    List<ScoredCall> calls = threeCalls("r");
    ledger().persist(calls);

    List<ScoredCall> replayed = new ArrayList<>(calls);
    replayed.addAll(calls);
    replayed.addAll(threeCalls("new").subList(0, 1));
    replayed.addAll(threeCalls("new").subList(0, 1));

    assertThat(ledger().persist(replayed)).isEmpty();
    assertThat(history().lastCalls(10, DAY, 1)).hasSize(4);
    assertThat(history().counters(DAY).orElseThrow().calls()).isEqualTo(4);
    assertThat(history().countsBy(CounterDimension.WORD, DAY))
        .isEqualTo(Map.of("FLOWERS", 2L, "none", 2L));
  }

  @Test
  void persist_ofNoCalls_recordsNothing() {
    assertThat(ledger().persist(List.of())).isEmpty();

    assertThat(history().counters(DAY)).isEmpty();
    assertThat(history().lastCalls(10, DAY, 1)).isEmpty();
  }

  private static CallQuery caller(String e164) {
    return new CallQuery(
        Optional.of(e164), NOON.minusSeconds(1), NOON.plusSeconds(1), Optional.empty(), 10);
  }
}
