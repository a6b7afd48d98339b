package com.vanitycall.loadtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Records a load run as it goes, from any number of threads: each operation's latency (an
 * HdrHistogram in microseconds, whole run and per second for the chart), errors by kind and
 * retries. Where a schedule exists the caller measures latency from the scheduled time, so that a
 * tool falling behind shows as latency instead of hiding it (coordinated omission).
 */
public final class LoadRecorder {

  static final long HIGHEST_TRACKABLE_MICROS = 60 * 60 * 1_000_000L;

  private final String what;
  private final Instant startedAt = Instant.now();
  private final long startedNanos = System.nanoTime();
  private final Histogram total = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
  private final TreeMap<Long, Histogram> perSecond = new TreeMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();
  private long lastNanos;

  /**
   * @param what what one operation is, for the report ("records put", "calls answered")
   */
  public LoadRecorder(String what) {
    this.what = what;
    this.lastNanos = startedNanos;
  }

  /** One operation done at {@code doneNanos} ({@link System#nanoTime()}), after so many micros. */
  public synchronized void done(long doneNanos, long latencyMicros) {
    long micros = Math.max(0, Math.min(latencyMicros, HIGHEST_TRACKABLE_MICROS));
    total.recordValue(micros);
    long second = Math.max(0, (doneNanos - startedNanos) / 1_000_000_000L);
    perSecond
        .computeIfAbsent(second, s -> new Histogram(HIGHEST_TRACKABLE_MICROS, 3))
        .recordValue(micros);
    lastNanos = Math.max(lastNanos, doneNanos);
  }

  public void error(String kind) {
    errors(kind, 1);
  }

  public void errors(String kind, long n) {
    errors.computeIfAbsent(kind, k -> new LongAdder()).add(n);
  }

  public void retried(long entries) {
    retries.add(entries);
  }

  public synchronized long count() {
    return total.getTotalCount();
  }

  public long retries() {
    return retries.sum();
  }

  /** Nanos since the recorder started. */
  public long elapsedNanos() {
    return System.nanoTime() - startedNanos;
  }

  /** What was recorded so far, as a report. */
  public synchronized LoadReport report() {
    List<LoadReport.Interval> intervals = new ArrayList<>();
    long last = perSecond.isEmpty() ? -1 : perSecond.lastKey();
    for (long second = 0; second <= last; second++) {
      Histogram h = perSecond.get(second);
      intervals.add(
          h == null
              ? new LoadReport.Interval(second, 0, 0, 0, 0, 0)
              : new LoadReport.Interval(
                  second,
                  h.getTotalCount(),
                  millis(h, 50),
                  millis(h, 90),
                  millis(h, 99),
                  h.getMaxValue() / 1000.0));
    }
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((kind, n) -> errorCounts.put(kind, n.sum()));
    return new LoadReport(
        what,
        startedAt,
        (lastNanos - startedNanos) / 1e9,
        total.getTotalCount(),
        retries.sum(),
        errorCounts,
        LoadReport.Percentiles.of(total),
        intervals);
  }

  private static double millis(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }
}
