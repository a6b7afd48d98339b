package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * What a pipeline load run measured and found.
 *
 * @param published events the stream accepted while measuring
 * @param warmedUp events published before, to warm up: checked, not measured
 * @param processed events the pipeline finished (each counted once), warm-up included
 * @param missing event ids with no call record afterwards
 * @param countedCalls the calls the analytics day counters add up to (each event exactly once)
 * @param deadLettered events the pipe dead-lettered
 * @param redelivered deliveries of an event after its first (at-least-once at work)
 * @param retriedPuts entries the stream refused once and took on a retry
 * @param publishSeconds from the first to the last event accepted
 * @param elapsedSeconds from the first event accepted to the last batch done
 * @param secondHalfRate events per second over the second half of the events (JIT warm)
 * @param latencyMicros accepted by the stream → batch done, per event
 */
public record PipelineLoadReport(
    int published,
    int warmedUp,
    int processed,
    Set<String> missing,
    long countedCalls,
    long deadLettered,
    long redelivered,
    long retriedPuts,
    double publishSeconds,
    double elapsedSeconds,
    double secondHalfRate,
    Histogram latencyMicros) {

  public PipelineLoadReport {
    missing = Set.copyOf(missing);
  }

  /** Events per second through the pipeline while measuring, published to processed. */
  public double sustainedRate() {
    return (processed - warmedUp) / elapsedSeconds;
  }

  public double latencyMillis(double percentile) {
    return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
  }

  /**
   * Nothing was lost or counted twice: every published event was processed, has its call record,
   * and is counted exactly once.
   */
  public boolean nothingLost() {
    return processed == published + warmedUp
        && missing.isEmpty()
        && deadLettered == 0
        && countedCalls == published + warmedUp;
  }

  public void print(PrintWriter out) {
    out.printf(
        "published %,d events in %.1f s (%.0f/s; %,d puts retried)%n",
        published, publishSeconds, published / Math.max(publishSeconds, 1e-9), retriedPuts);
    out.printf(
        "processed %,d in %.1f s: %.0f events/s sustained (second half: %.0f events/s)%n",
        processed - warmedUp, elapsedSeconds, sustainedRate(), secondHalfRate);
    out.printf(
        "latency published -> persisted: p50 %.0f ms  p90 %.0f ms  p99 %.0f ms  max %.0f ms%n",
        latencyMillis(50),
        latencyMillis(90),
        latencyMillis(99),
        latencyMicros.getMaxValue() / 1000.0);
    out.printf(
        "lost or double-counted: %s (missing call records %d, dead-lettered %d, counted %,d of"
            + " %,d%s); redelivered %d%n",
        nothingLost() ? "none" : "YES",
        missing.size(),
        deadLettered,
        countedCalls,
        published + warmedUp,
        warmedUp == 0 ? "" : String.format(" with the %,d of the warm-up", warmedUp),
        redelivered);
    out.flush();
  }
}
