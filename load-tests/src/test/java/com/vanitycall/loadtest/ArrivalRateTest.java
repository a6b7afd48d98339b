package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

/** The open model's intended starts: a constant rate, and stages ramping linearly between them. */
class ArrivalRateTest {

  @Test
  void aConstantRate_startsOneOperationEvery1OverRate_fromTheFirstInstant() {
    List<Long> starts = offsets(ArrivalRate.constant(200, Duration.ofSeconds(30)));

    assertThat(starts).hasSize(6_000);
    assertThat(starts.get(0)).isZero();
    assertThat(starts.get(1)).isEqualTo(5_000_000L);
    assertThat(starts.get(5_999)).isEqualTo(29_995_000_000L);
  }

  @Test
  void stages_rampLinearly_andStartAsManyAsTheRateIntegrates() {
    ArrivalRate stages = ArrivalRate.stages("30s:50,60s:300,30s:0");
    List<Long> starts = offsets(stages);

    // 0→50 over 30 s: 750; 50→300 over 60 s: 10,500; 300→0 over 30 s: 4,500
    assertThat(starts).hasSize(750 + 10_500 + 4_500);
    assertThat(stages.duration()).isEqualTo(Duration.ofSeconds(120));
    assertThat(stages.peakRate()).isEqualTo(300);
    assertThat(stages.rateAt(15)).isEqualTo(25);
    assertThat(stages.rateAt(60)).isEqualTo(50 + 250 / 2.0);
    assertThat(stages.rateAt(105)).isEqualTo(150);
    assertThat(starts).isSorted();
    // over the first 30 s the n-th start is at sqrt(2n/k), k = 50/30 per second squared
    assertThat(starts.get(375) / 1e9).isCloseTo(Math.sqrt(2 * 375 / (50 / 30.0)), within(1e-6));
    // as many starts in each whole second as the rate's integral over it, give or take one
    assertThat(countBetween(starts, 40, 41)).isBetween(93L, 95L); // 91.7/s to 95.8/s
    assertThat(countBetween(starts, 100, 101)).isBetween(194L, 196L); // 200/s to 190/s
    assertThat(starts.get(starts.size() - 1)).isLessThan(120_000_000_000L);
  }

  @Test
  void stagesThatStartNothing_orAreNotDurationAndRate_areRefusedWithTheReason() {
    assertThatThrownBy(() -> ArrivalRate.stages("30s:0"))
        .hasMessageContaining("starts no operation");
    assertThatThrownBy(() -> ArrivalRate.stages("30s:50,sixty:300"))
        .hasMessageContaining("'sixty:300' is not one")
        .hasMessageContaining("DURATION:RATE");
    assertThatThrownBy(() -> ArrivalRate.stages("0s:50")).hasMessageContaining("positive time");
    assertThatThrownBy(() -> ArrivalRate.constant(0, Duration.ofSeconds(1)))
        .hasMessageContaining("--rate must be positive");
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  private static long countBetween(List<Long> starts, int fromSecond, int toSecond) {
    return starts.stream()
        .filter(s -> s >= fromSecond * 1_000_000_000L && s < toSecond * 1_000_000_000L)
        .count();
  }

  private static List<Long> offsets(ArrivalRate rate) {
    List<Long> offsets = new ArrayList<>();
    PrimitiveIterator.OfLong starts = rate.startOffsetsNanos();
    while (starts.hasNext()) {
      offsets.add(starts.nextLong());
    }
    return offsets;
  }
}
