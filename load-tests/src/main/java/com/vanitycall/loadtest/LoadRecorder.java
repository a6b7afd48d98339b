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
 * HdrHistogram in microseconds, whole run and per second for the charts), errors by kind, retries,
 * and the starts the schedule could not make on time (late) or at all (dropped). Where a schedule
 * exists the caller measures latency from the intended start, so that a tool falling behind shows
 * as latency instead of hiding it (coordinated omission).
 */
public final class LoadRecorder {

  static final long HIGHEST_TRACKABLE_MICROS = 60 * 60 * 1_000_000L;

  private final String kind;
  private final String what;
  private final Instant startedAt = Instant.now();
  private final long startedNanos = System.nanoTime();
  private final Histogram total = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
  private final TreeMap<Long, Second> perSecond = new TreeMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final LongAdder retries = new LongAdder();
  private long late;
  private long dropped;
  private long intended;
  private long lastNanos;

  /** What happened in one second of the run. */
  private static final class Second {
    final Histogram latency = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
    long errors;
    long late;
    long dropped;
  }

  /**
   * @param kind the command that ran ({@code storm}, {@code replay}, ...): reports of one kind
   *     compare
   * @param what what one operation is, for the report ("records put", "calls answered")
   */
  public LoadRecorder(String kind, String what) {
    this.kind = kind;
    this.what = what;
    this.lastNanos = startedNanos;
  }

  /** One operation done at {@code doneNanos} ({@link System#nanoTime()}), after so many micros. */
  public synchronized void done(long doneNanos, long latencyMicros) {
    long micros = Math.max(0, Math.min(latencyMicros, HIGHEST_TRACKABLE_MICROS));
    total.recordValue(micros);
    second(doneNanos).latency.recordValue(micros);
    lastNanos = Math.max(lastNanos, doneNanos);
  }

  public void error(String kind) {
    errors(kind, 1);
  }

  public void errors(String kind, long n) {
    errors.computeIfAbsent(kind, k -> new LongAdder()).add(n);
    synchronized (this) {
      second(System.nanoTime()).errors += n;
    }
  }

  public void retried(long entries) {
    retries.add(entries);
  }

  /** A start the schedule intended at {@code intendedNanos}. */
  public synchronized void intended() {
    intended++;
  }

  /** A start made later than intended (at {@code intendedNanos}). */
  public synchronized void late(long intendedNanos) {
    late++;
    second(intendedNanos).late++;
  }

  /** A start that could not be made at all (intended at {@code intendedNanos}). */
  public synchronized void dropped(long intendedNanos) {
    dropped++;
    second(intendedNanos).dropped++;
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

  /** The recorder's time zero, in {@link System#nanoTime()}: a schedule's origin. */
  public long startedNanos() {
    return startedNanos;
  }

  private Second second(long atNanos) {
    return perSecond.computeIfAbsent(
        Math.max(0, (atNanos - startedNanos) / 1_000_000_000L), s -> new Second());
  }

  /** What was recorded so far, as a report (without its run context or verdict). */
  public synchronized LoadReport report() {
    List<LoadReport.Interval> intervals = new ArrayList<>();
    long last = perSecond.isEmpty() ? -1 : perSecond.lastKey();
    for (long second = 0; second <= last; second++) {
      Second s = perSecond.get(second);
      intervals.add(
          s == null
              ? new LoadReport.Interval(second, 0, 0, 0, 0, 0, 0, 0, 0)
              : new LoadReport.Interval(
                  second,
                  s.latency.getTotalCount(),
                  millis(s.latency, 50),
                  millis(s.latency, 90),
                  millis(s.latency, 99),
                  s.latency.getMaxValue() / 1000.0,
                  s.errors,
                  s.late,
                  s.dropped));
    }
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((k, n) -> errorCounts.put(k, n.sum()));
    return new LoadReport(
        LoadReport.SCHEMA_VERSION,
        kind,
        what,
        startedAt,
        (lastNanos - startedNanos) / 1e9,
        total.getTotalCount(),
        retries.sum(),
        intended,
        late,
        dropped,
        errorCounts,
        LoadReport.Percentiles.of(total),
        LoadReport.Point.distribution(total),
        intervals,
        LoadReport.Outcome.NONE);
  }

  private static double millis(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }
}
