package com.vanitycall.loadtest;

import java.time.Duration;

/**
 * The open model: calls start at a rate ({@code --rate}, or {@code --stages}), whatever the handler
 * does, each measured from its intended start; at most {@code maxInFlight} run at once, and a start
 * due while that many run is dropped and counted (as k6's {@code dropped_iterations}).
 *
 * @param arrivals when the calls are meant to start
 * @param maxInFlight the most calls running at once ({@code --max-in-flight})
 */
public record OpenWorkload(ArrivalRate arrivals, int maxInFlight) implements Workload {

  public static final int DEFAULT_MAX_IN_FLIGHT = 100;

  public OpenWorkload {
    if (arrivals == null) {
      throw new IllegalArgumentException("an open workload needs an arrival rate");
    }
    if (maxInFlight < 1 || maxInFlight > 10_000) {
      throw new IllegalArgumentException("--max-in-flight must be within 1..10000: " + maxInFlight);
    }
  }

  @Override
  public Duration duration() {
    return arrivals.duration();
  }

  @Override
  public String describe() {
    return "calls starting at " + arrivals.describe() + ", at most " + maxInFlight + " in flight";
  }

  /** The same peak rate held for {@code newDuration} (a warm-up of a ramp warms at its peak). */
  @Override
  public Workload lasting(Duration newDuration) {
    return new OpenWorkload(ArrivalRate.constant(arrivals.peakRate(), newDuration), maxInFlight);
  }
}
