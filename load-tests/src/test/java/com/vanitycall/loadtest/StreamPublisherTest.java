package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StreamPublisherTest {

  @Test
  void backoff_doublesFromTwentyMillis_andIsCappedAtOneSecond() {
    assertThat(StreamPublisher.backoff(1)).isEqualTo(Duration.ofMillis(20));
    assertThat(StreamPublisher.backoff(2)).isEqualTo(Duration.ofMillis(40));
    assertThat(StreamPublisher.backoff(6)).isEqualTo(Duration.ofMillis(640));
    assertThat(StreamPublisher.backoff(7)).isEqualTo(Duration.ofSeconds(1));
    assertThat(StreamPublisher.backoff(40)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aJitteredBackoff_liesInTheUpperHalfOfTheBackoff() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(StreamPublisher.jittered(Duration.ofMillis(640)))
          .isBetween(Duration.ofMillis(320), Duration.ofMillis(640));
    }
  }

  @Test
  void syntheticEvents_areTheSameForTheSameSeed_andDifferForAnother() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");

    assertThat(SyntheticCallEvents.generate(50, 1L, at))
        .isEqualTo(SyntheticCallEvents.generate(50, 1L, at))
        .isNotEqualTo(SyntheticCallEvents.generate(50, 2L, at));
  }

  @Test
  void syntheticEvents_haveDistinctEventIds_andIncludeWithheldAndInvalidCallers() {
    var events = SyntheticCallEvents.generate(2_000, 3L, Instant.now());

    assertThat(events.stream().map(e -> e.eventId()).distinct()).hasSize(2_000);
    assertThat(events)
        .extracting(e -> e.callerStatus().name())
        .contains("VALID", "WITHHELD", "INVALID");
  }
}
