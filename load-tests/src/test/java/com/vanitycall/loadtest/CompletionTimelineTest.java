package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompletionTimelineTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void secondHalfRate_countsOnlyTheBatchesAfterTheHalfwayMark_overTheTimeSinceIt() {
    CompletionTimeline timeline = new CompletionTimeline();
    timeline.done(0, 100);
    timeline.done(10 * SECOND, 100); // halfway: 200 of 400, slow while warming up
    timeline.done(11 * SECOND, 100);
    timeline.done(12 * SECOND, 100);

    assertThat(timeline.secondHalfRate()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void secondHalfRate_isZero_withoutTwoBatchesToMeasureBetween() {
    CompletionTimeline timeline = new CompletionTimeline();
    assertThat(timeline.secondHalfRate()).isZero();

    timeline.done(SECOND, 100);
    assertThat(timeline.secondHalfRate()).isZero();
  }
}
