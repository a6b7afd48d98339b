package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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
 * @param measured the measured events as a load report: per second, the distribution, the puts
 *     retried
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
    Histogram latencyMicros,
    LoadReport measured) {

  public PipelineLoadReport {
    missing = Set.copyOf(missing);
  }

  /** Events per second through the pipeline while measuring, published to processed. */
  public double sustainedRate() {
    return (processed - warmedUp) / elapsedSeconds;
  }

  /** What a pipeline run measures, for its thresholds. */
  public static final Set<Metric> MEASURED = measuredMetrics();

  private static Set<Metric> measuredMetrics() {
    Set<Metric> metrics = EnumSet.copyOf(Metric.LATENCIES);
    metrics.addAll(List.of(Metric.RATE, Metric.COUNT, Metric.LOST, Metric.DOUBLED));
    return Collections.unmodifiableSet(metrics);
  }

  /** Events published and not persisted, or dead-lettered. */
  public long lost() {
    long expected = (long) published + warmedUp;
    return Math.max(missing.size() + deadLettered, Math.max(0, expected - countedCalls));
  }

  /** Events counted more than once. */
  public long doubled() {
    return Math.max(0, countedCalls - ((long) published + warmedUp));
  }

  /**
   * The run as a load report (for {@code --report}, {@code --html}, {@code load compare} and the
   * thresholds): the measured events per second from the first published, its loss check judged.
   */
  public LoadReport asLoadReport() {
    return measured.withOutcome(
        new LoadReport.Outcome(
            measured.run(),
            lost(),
            doubled(),
            List.of(
                new Judgement(
                    "nothing lost or counted twice",
                    String.format(
                        "missing %,d, dead-lettered %,d, counted %,d of %,d",
                        missing.size(), deadLettered, countedCalls, (long) published + warmedUp),
                    nothingLost())),
            List.of(),
            measured.stoppedEarly()));
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
