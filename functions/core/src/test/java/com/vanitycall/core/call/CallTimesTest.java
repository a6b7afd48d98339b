package com.vanitycall.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallTimesTest {

  @Test
  void receivedAt_alwaysHasMilliseconds_soThatItSortsAsText() {
    CallTimes whole = CallTimes.of("a", Instant.parse("2026-11-22T10:00:00Z"), Duration.ofDays(1));
    CallTimes later =
        CallTimes.of("a", Instant.parse("2026-11-22T10:00:00.001Z"), Duration.ofDays(1));

    assertThat(whole.receivedAt()).isEqualTo("2026-11-22T10:00:00.000Z");
    assertThat(whole.receivedAt()).isLessThan(later.receivedAt());
  }

  @Test
  void theDayBucket_spreadsADaysCallsOverItsShards_andKeepsEachCallInOne() {
    Instant noon = Instant.parse("2026-11-22T12:00:00Z");
    Set<String> buckets = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      buckets.add(CallTimes.of("contact-" + i, noon, Duration.ofDays(1)).dayBucket());
    }

    assertThat(buckets).hasSize(DayBucket.SHARDS).allMatch(b -> b.matches("2026-11-22#[0-7]"));
    assertThat(CallTimes.of("contact-7", noon, Duration.ofDays(1)).dayBucket())
        .isEqualTo(CallTimes.of("contact-7", noon.plusSeconds(60), Duration.ofDays(1)).dayBucket());
  }

  @Test
  void expiresAt_isTheCallerTtlAfterTheCall_inEpochSeconds() {
    Instant at = Instant.parse("2026-11-22T12:00:00.900Z");

    assertThat(CallTimes.of("a", at, Duration.ofDays(90)).expiresAt())
        .isEqualTo(at.plus(Duration.ofDays(90)).getEpochSecond());
  }
}
