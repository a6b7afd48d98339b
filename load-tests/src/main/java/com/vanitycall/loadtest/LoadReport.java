package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured: how many operations in how long, latency percentiles over the whole run
 * and per second, errors by kind and retries. Printed as text, written as JSON ({@code --report})
 * and drawn as a chart ({@code --chart}, {@link LoadChart}).
 *
 * @param what what one operation is ("records put", "calls answered")
 * @param seconds from the start to the last operation done
 * @param intervals one per second from the start, empty seconds included
 */
public record LoadReport(
    String what,
    Instant startedAt,
    double seconds,
    long count,
    long retries,
    Map<String, Long> errors,
    Percentiles latency,
    List<Interval> intervals) {

  public LoadReport {
    errors = Map.copyOf(errors);
    intervals = List.copyOf(intervals);
  }

  /** Latency percentiles in milliseconds. */
  public record Percentiles(double p50, double p90, double p99, double p999, double max) {

    static Percentiles of(Histogram micros) {
      return new Percentiles(
          micros.getValueAtPercentile(50) / 1000.0,
          micros.getValueAtPercentile(90) / 1000.0,
          micros.getValueAtPercentile(99) / 1000.0,
          micros.getValueAtPercentile(99.9) / 1000.0,
          micros.getMaxValue() / 1000.0);
    }
  }

  /** One second of the run: operations done in it and their latency percentiles (ms). */
  public record Interval(long second, long count, double p50, double p90, double p99, double max) {}

  /** Operations per second over the run. */
  public double rate() {
    return seconds <= 0 ? count : count / seconds;
  }

  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  public void print(PrintWriter out, String latencyMeaning) {
    out.printf("%,d %s in %.1f s: %,.0f/s%n", count, what, seconds, rate());
    out.printf(
        "latency (%s): p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms%n",
        latencyMeaning, latency.p50(), latency.p90(), latency.p99(), latency.p999(), latency.max());
    out.printf(
        "errors: %s; retried entries: %,d%n",
        errors.isEmpty() ? "none" : errors.toString(), retries);
    out.flush();
  }

  public void writeJson(Path file) {
    ReportFiles.writeJson(this, file);
  }
}
