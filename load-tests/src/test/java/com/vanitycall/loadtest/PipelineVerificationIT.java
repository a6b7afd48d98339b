package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code load verify} against what the real ledger (the pipeline's PersistAndCount) wrote on
 * DynamoDB Local: it finds a deliberately dropped event and a deliberately doubled one, and names
 * them.
 */
class PipelineVerificationIT {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");
  private static final Duration TTL = Duration.ofDays(90);
  private static final CallEventCodec CODEC = new CallEventCodec();

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @Test
  void everyEventPersistedAndCountedOnce_hasNoGaps_evenWhenSomeWereSentTwice() {
    ResourceNames names = aws.freshResources("verify");
    List<CallEvent> events = events(40);
    ledger(names.callsTable(), names).persist(records(events));
    List<CapturedRecord> sent = new ArrayList<>(sent(events));
    sent.add(sent.get(3));

    VerifyReport report = verifier(names).verify(sent, Optional.empty());

    assertThat(report.hasGaps()).as(printed(report)).isFalse();
    assertThat(report.distinctEvents()).isEqualTo(40);
    assertThat(report.stored()).isEqualTo(40);
    assertThat(report.sentMoreThanOnce()).containsOnlyKeys(events.get(3).eventId());
    assertThat(report.days())
        .singleElement()
        .satisfies(
            day -> {
              assertThat(day.counted()).isEqualTo(40);
              assertThat(day.stored()).isEqualTo(40);
            });
    assertThat(printed(report)).contains("nothing lost, nothing doubled");
  }

  @Test
  void aDroppedEvent_andADoubledOne_areFound_andNamed() {
    ResourceNames names = aws.freshResources("verify");
    List<CallEvent> events = new ArrayList<>(events(40));
    CallEvent londonCaller =
        new CallEvent(
            1,
            "doubled-london-caller",
            "+442079460000",
            CallerStatus.VALID,
            NOON,
            List.of(),
            VanitySource.QUICK,
            400);
    events.add(londonCaller);
    CallEvent dropped = events.get(17);
    ledger(names.callsTable(), names)
        .persist(records(events.stream().filter(e -> e != dropped).toList()));
    // a ledger that lost its processed-event markers: it writes and counts the call again
    ledger(aws.freshResources("lost-markers").callsTable(), names)
        .persist(records(List.of(londonCaller)));

    VerifyReport report = verifier(names).verify(sent(events), Optional.empty());

    assertThat(report.hasGaps()).isTrue();
    assertThat(report.missing()).containsExactly(dropped.eventId());
    VerifyReport.DayCheck day = report.days().get(0);
    assertThat(day.counted()).isEqualTo(day.stored() + 1);
    assertThat(day.doubledSuspects()).containsExactly(londonCaller.eventId());
    assertThat(day.doubledNamed()).isTrue();
    assertThat(printed(report))
        .contains("MISSING (no call record): 1", dropped.eventId())
        .contains(
            "COUNTED 1 MORE THAN STORED", "DOUBLED (counted twice): 1", londonCaller.eventId())
        .contains("GAPS FOUND");
  }

  @Test
  void aStoredCallLostAfterItWasCounted_isReportedMissing_andNoInnocentCallIsNamedDoubled() {
    ResourceNames names = aws.freshResources("verify");
    List<CallEvent> events = events(40);
    // lose a call whose hour, status, answer source and area code another call shares: the
    // counters cannot tell them apart
    CallEvent lost =
        events.stream()
            .filter(
                e ->
                    events.stream()
                        .anyMatch(
                            other ->
                                other != e
                                    && other.callerStatus() == e.callerStatus()
                                    && other.source() == e.source()
                                    && areaOf(other).equals(areaOf(e))))
            .findFirst()
            .orElseThrow();
    // every call counted; every call but one stored (its record lost afterwards)
    ledger(aws.freshResources("stored-elsewhere").callsTable(), names).persist(records(events));
    ledger(names.callsTable(), aws.freshResources("counted-elsewhere"))
        .persist(records(events.stream().filter(e -> e != lost).toList()));

    VerifyReport report = verifier(names).verify(sent(events), Optional.empty());

    assertThat(report.missing()).containsExactly(lost.eventId());
    VerifyReport.DayCheck day = report.days().get(0);
    assertThat(day.counted()).isEqualTo(day.stored() + 1);
    assertThat(day.countedButMissing()).containsExactly(lost.eventId());
    assertThat(day.doubledSuspects()).isEmpty();
    assertThat(report.doubled()).isZero();
    assertThat(report.lost()).isOne();
    assertThat(Threshold.parse("lost==0").judge(report.measurements()).passed()).isFalse();
    assertThat(Threshold.parse("doubled==0").judge(report.measurements()).passed()).isTrue();
    assertThat(printed(report))
        .contains("COUNTED 1 MORE THAN STORED", "counted, then their record lost")
        .doesNotContain("DOUBLED", "doubled count among");
  }

  @Test
  void aDoubledCallAmongSimilarOnes_isReported_withItAmongTheSuspects() {
    ResourceNames names = aws.freshResources("verify");
    List<CallEvent> events = events(40);
    CallEvent doubled =
        events.stream()
            .filter(e -> e.callerStatus() == CallerStatus.VALID)
            .findFirst()
            .orElseThrow();
    ledger(names.callsTable(), names).persist(records(events));
    ledger(aws.freshResources("lost-markers").callsTable(), names)
        .persist(records(List.of(doubled)));

    VerifyReport report = verifier(names).verify(sent(events), Optional.empty());

    assertThat(report.hasGaps()).isTrue();
    assertThat(report.missing()).isEmpty();
    assertThat(report.days().get(0).doubledSuspects()).contains(doubled.eventId());
  }

  private static String areaOf(CallEvent event) {
    String number = String.valueOf(event.callerNumber());
    return number.length() > 5 ? number.substring(0, 5) : number;
  }

  private static List<CallEvent> events(int n) {
    List<Instant> times = Stream.iterate(NOON, t -> t.plusSeconds(7)).limit(n).toList();
    return SyntheticCallEvents.generate(11L, times);
  }

  private static List<ScoredCall> records(Collection<CallEvent> events) {
    return events.stream()
        .map(
            e ->
                new ScoredCall(
                    "shardId-0:seq-" + e.eventId(),
                    "seq-" + e.eventId(),
                    e,
                    List.of(),
                    List.of(),
                    "test"))
        .toList();
  }

  private static List<CapturedRecord> sent(List<CallEvent> events) {
    return events.stream()
        .map(e -> CapturedRecord.generated(e.receivedAt(), e.eventId(), CODEC.toJson(e)))
        .toList();
  }

  private static CallLedger ledger(String callsTable, ResourceNames counters) {
    return new DynamoDbCallLedger(
        aws.dynamo(),
        callsTable,
        counters.analyticsTable(),
        TTL,
        new DynamoDbDeadLetters(aws.dynamo(), counters.deadLettersTable(), TTL, Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static PipelineVerification verifier(ResourceNames names) {
    return new PipelineVerification(
        new DynamoDbCallHistory(aws.dynamo(), names.callsTable(), names.analyticsTable()));
  }

  private static String printed(VerifyReport report) {
    StringWriter text = new StringWriter();
    report.print(new PrintWriter(text));
    return text.toString();
  }
}
