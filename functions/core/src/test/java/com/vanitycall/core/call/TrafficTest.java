package com.vanitycall.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.phone.CallerStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A load tool's calls are marked in the event and kept apart in every key derived from it. */
class TrafficTest {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private final CallEventCodec codec = new CallEventCodec();

  private static CallEvent aCallersCall() {
    return new CallEvent(
        CallEvent.SCHEMA_VERSION,
        "c-1",
        "+18003569377",
        CallerStatus.VALID,
        NOON,
        List.of(),
        VanitySource.QUICK,
        500);
  }

  @Test
  void aCallersEvent_saysNothingOfTraffic_andAnOlderEventReadsAsACallers() {
    String json = codec.toJson(aCallersCall());

    assertThat(json).doesNotContain("synthetic");
    assertThat(codec.fromJson(json).synthetic()).isFalse();
    assertThat(codec.fromJson(json).traffic()).isEqualTo(Traffic.CALLERS);
  }

  @Test
  void aLoadToolsEvent_carriesTheMark_throughJson() {
    CallEvent synthetic = aCallersCall().asSynthetic();

    String json = codec.toJson(synthetic);

    assertThat(json).contains("\"synthetic\":true");
    assertThat(codec.fromJson(json)).isEqualTo(synthetic);
    assertThat(codec.fromJson(json).traffic()).isEqualTo(Traffic.SYNTHETIC);
  }

  @Test
  void everyKeyOfASyntheticCall_isApartFromTheCallers() {
    assertThat(CallTimes.of("c-1", NOON, Duration.ofDays(1), Traffic.CALLERS).dayBucket())
        .matches("2026-11-22#[0-7]");
    assertThat(CallTimes.of("c-1", NOON, Duration.ofDays(1), Traffic.SYNTHETIC).dayBucket())
        .matches("synthetic#2026-11-22#[0-7]");
    assertThat(DayCounters.counterOf(DAY, Traffic.CALLERS)).isEqualTo("day#2026-11-22");
    assertThat(DayCounters.counterOf(DAY, Traffic.SYNTHETIC)).isEqualTo("synthetic#day#2026-11-22");
    assertThat(CounterDimension.WORD.counterOf(DAY, Traffic.SYNTHETIC))
        .isEqualTo("synthetic#word#2026-11-22");
    assertThat(DayBucket.all(DAY, Traffic.SYNTHETIC))
        .extracting(DayBucket::key)
        .allMatch(key -> key.startsWith("synthetic#"))
        .hasSize(DayBucket.SHARDS);
    String key = DayCounters.counterOf(DAY, Traffic.SYNTHETIC);
    assertThat(Traffic.ofKey(key).unprefixed(key)).isEqualTo("day#2026-11-22");
  }

  @Test
  void twoCountersOfADay_addUp_hourByHour() {
    DayCounters callers = new DayCounters(DAY, 3, Map.of(9, 2L, 10, 1L), 2, 1, 0, 1, 1, 1);
    DayCounters synthetic = new DayCounters(DAY, 2, Map.of(10, 2L), 2, 0, 0, 0, 2, 0);

    assertThat(callers.plus(synthetic))
        .isEqualTo(new DayCounters(DAY, 5, Map.of(9, 2L, 10, 3L), 4, 1, 0, 1, 3, 1));
  }
}
