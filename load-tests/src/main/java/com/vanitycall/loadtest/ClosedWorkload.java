package com.vanitycall.loadtest;

import java.time.Duration;

/**
 * One storm of the Connect handler.
 *
 * @param duration how long to place calls, the ramp included
 * @param concurrency how many callers place calls at once, each the next as soon as one is answered
 * @param ramp over how long the callers join, evenly; zero for all at once
 */
public record StormOptions(Duration duration, int concurrency, Duration ramp) {

  public StormOptions {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("--duration must be positive: " + duration);
    }
    if (concurrency < 1 || concurrency > 1_000) {
      throw new IllegalArgumentException("--concurrency must be within 1..1000: " + concurrency);
    }
    if (ramp == null || ramp.isNegative() || ramp.compareTo(duration) >= 0) {
      throw new IllegalArgumentException("--ramp must be shorter than --duration: " + ramp);
    }
  }
}
