package com.vanitycall.loadtest;

import java.time.Duration;

/**
 * The closed model: so many callers, each placing the next call as soon as the last is answered
 * ({@code --concurrency}). It has no schedule, so its latency is each call's own answer time: a
 * stalled system slows the callers down instead of showing in the percentiles.
 *
 * @param duration how long to place calls, the ramp included
 * @param concurrency how many callers place calls at once
 * @param ramp over how long the callers join, evenly; zero for all at once
 */
public record ClosedWorkload(Duration duration, int concurrency, Duration ramp)
    implements Workload {

  public ClosedWorkload {
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

  @Override
  public String describe() {
    return String.format(
        "%d callers for %d s (ramp %d s), each calling again when answered",
        concurrency, duration.toSeconds(), ramp.toSeconds());
  }

  @Override
  public Workload lasting(Duration newDuration) {
    return new ClosedWorkload(newDuration, concurrency, Duration.ZERO);
  }
}
