package com.vanitycall.loadtest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * What a load run measured: how many operations in how long, latency percentiles over the whole
 * run, per second and as a distribution, errors by kind, retries, late and dropped starts; where
 * and how it ran, and its verdict (the tool's own checks and the thresholds given). Printed as
 * text, written as JSON ({@code --report}), drawn as a chart ({@code --chart}) and as a page
 * ({@code --html}), and compared with another run of its kind ({@code load compare}).
 *
 * <p>JSON reports carry {@link #SCHEMA_VERSION}; a report without one is version 1 (before late,
 * dropped, the distribution and the verdict existed), which still reads and compares.
 *
 * @param kind the command that ran: {@code storm}, {@code replay}, {@code generate}, {@code
 *     pipeline}
 * @param what what one operation is ("records put", "calls answered")
 * @param seconds from the start to the last operation done
 * @param intended starts the schedule intended (0 for a closed model, which has no schedule)
 * @param late starts made more than {@link ArrivalScheduler#LATE_AFTER} after their intended time
 * @param dropped starts not made at all ({@code --max-in-flight} operations were running)
 * @param distribution latency by percentile, HdrHistogram's percentile distribution
 * @param intervals one per second from the start, empty seconds included
 * @param outcome where it ran, what its checks and thresholds found, whether it stopped early
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadReport(
    int schemaVersion,
    String kind,
    String what,
    Instant startedAt,
    double seconds,
    long count,
    long retries,
    long intended,
    long late,
    long dropped,
    Map<String, Long> errors,
    Percentiles latency,
    List<Point> distribution,
    List<Interval> intervals,
    Outcome outcome) {

  /** The version of the JSON this code writes. */
  public static final int SCHEMA_VERSION = 2;

  /** What every timed run measures (storm, replay, generate). */
  public static final Set<Metric> MEASURED = measuredMetrics();

  private static Set<Metric> measuredMetrics() {
    Set<Metric> metrics = EnumSet.copyOf(Metric.LATENCIES);
    metrics.addAll(
        List.of(
            Metric.RATE, Metric.COUNT, Metric.ERRORS, Metric.LATE, Metric.DROPPED, Metric.RETRIES));
    return Collections.unmodifiableSet(metrics);
  }

  public LoadReport {
    schemaVersion = schemaVersion == 0 ? 1 : schemaVersion;
    kind = kind == null ? kindOfVersion1(what) : kind;
    errors = errors == null ? Map.of() : Map.copyOf(errors);
    distribution = distribution == null ? List.of() : List.copyOf(distribution);
    intervals = intervals == null ? List.of() : List.copyOf(intervals);
    outcome = outcome == null ? Outcome.NONE : outcome;
  }

  /**
   * A version 1 report named no kind: its operations tell it (a generate wrote the same as a
   * replay: records put, from schedule to stream).
   */
  private static String kindOfVersion1(String what) {
    return "calls answered".equals(what) ? "storm" : "replay";
  }

  /** Latency percentiles in milliseconds, and the mean. */
  public record Percentiles(
      double p50, double p90, double p95, double p99, double p999, double max, double mean) {

    static Percentiles of(Histogram micros) {
      return new Percentiles(
          micros.getValueAtPercentile(50) / 1000.0,
          micros.getValueAtPercentile(90) / 1000.0,
          micros.getValueAtPercentile(95) / 1000.0,
          micros.getValueAtPercentile(99) / 1000.0,
          micros.getValueAtPercentile(99.9) / 1000.0,
          micros.getMaxValue() / 1000.0,
          micros.getTotalCount() == 0 ? 0 : micros.getMean() / 1000.0);
    }
  }

  /** One point of the latency distribution: this percentile of operations took at most so long. */
  public record Point(double percentile, double millis) {

    /** HdrHistogram's percentile distribution (five steps per halving of the tail). */
    static List<Point> distribution(Histogram micros) {
      List<Point> points = new ArrayList<>();
      if (micros.getTotalCount() == 0) {
        return points;
      }
      for (HistogramIterationValue v : micros.percentiles(5)) {
        points.add(new Point(v.getPercentileLevelIteratedTo(), v.getValueIteratedTo() / 1000.0));
      }
      return points;
    }
  }

  /**
   * One second of the run: operations done in it and their latency percentiles (ms), errors in it,
   * and the starts intended in it that were late or dropped.
   */
  public record Interval(
      long second,
      long count,
      double p50,
      double p90,
      double p99,
      double max,
      long errors,
      long late,
      long dropped) {}

  /** Operations per second over the run. */
  public double rate() {
    return seconds <= 0 ? count : count / seconds;
  }

  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Operations attempted: done, failed or dropped (what a share in a threshold is of). */
  public long attempts() {
    return count + errorCount() + dropped;
  }

  /** Whether this run was paced by a schedule (open model, replay), so late and dropped count. */
  public boolean scheduled() {
    return intended > 0 || late > 0 || dropped > 0;
  }

  /** The run's figures, as thresholds read them. */
  public Measurements measurements() {
    Map<Metric, Double> values = new EnumMap<>(Metric.class);
    values.put(Metric.P50, latency.p50());
    values.put(Metric.P90, latency.p90());
    values.put(Metric.P95, latency.p95());
    values.put(Metric.P99, latency.p99());
    values.put(Metric.P999, latency.p999());
    values.put(Metric.MAX, latency.max());
    values.put(Metric.AVG, latency.mean());
    values.put(Metric.RATE, rate());
    values.put(Metric.COUNT, (double) count);
    values.put(Metric.ERRORS, (double) errorCount());
    values.put(Metric.LATE, (double) late);
    values.put(Metric.DROPPED, (double) dropped);
    values.put(Metric.RETRIES, (double) retries);
    if (outcome.lost() != null) {
      values.put(Metric.LOST, (double) outcome.lost());
    }
    if (outcome.doubled() != null) {
      values.put(Metric.DOUBLED, (double) outcome.doubled());
    }
    return new Measurements(values, attempts());
  }

  /** Whether every check and threshold held. */
  public boolean passed() {
    return checks().stream().allMatch(Judgement::passed)
        && thresholds().stream().allMatch(Judgement::passed);
  }

  /**
   * How a run ended: where it ran, what its checks and thresholds found, whether it stopped early.
   *
   * @param run the configuration and machine (null where not recorded, as in a version 1 report)
   * @param lost for a pipeline run: events not persisted and counted (null where not measured)
   * @param doubled for a pipeline run: events counted more than once (null where not measured)
   * @param checks what the tool always checks ("every call answered"), judged
   * @param thresholds the thresholds given, judged
   * @param stoppedEarly why the run stopped before its end ({@code --abort-on-fail}), or null
   */
  public record Outcome(
      RunContext run,
      Long lost,
      Long doubled,
      List<Judgement> checks,
      List<Judgement> thresholds,
      String stoppedEarly) {

    /** Nothing recorded yet. */
    public static final Outcome NONE = new Outcome(null, null, null, List.of(), List.of(), null);

    public Outcome {
      checks = checks == null ? List.of() : List.copyOf(checks);
      thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }
  }

  /** The same measurements, ended otherwise. */
  public LoadReport withOutcome(Outcome newOutcome) {
    return new LoadReport(
        schemaVersion,
        kind,
        what,
        startedAt,
        seconds,
        count,
        retries,
        intended,
        late,
        dropped,
        errors,
        latency,
        distribution,
        intervals,
        newOutcome);
  }

  /** The run as judged: where it ran, its checks and its thresholds. */
  public LoadReport judged(RunContext run, List<Judgement> checks, List<Judgement> thresholds) {
    return withOutcome(
        new Outcome(
            run, outcome.lost(), outcome.doubled(), checks, thresholds, outcome.stoppedEarly()));
  }

  /** The run, stopped early for this reason (null: it was not). */
  public LoadReport stoppedEarly(String reason) {
    return withOutcome(
        new Outcome(
            outcome.run(),
            outcome.lost(),
            outcome.doubled(),
            outcome.checks(),
            outcome.thresholds(),
            reason));
  }

  public RunContext run() {
    return outcome.run();
  }

  public List<Judgement> checks() {
    return outcome.checks();
  }

  public List<Judgement> thresholds() {
    return outcome.thresholds();
  }

  public String stoppedEarly() {
    return outcome.stoppedEarly();
  }

  public void print(PrintWriter out, String latencyMeaning) {
    if (stoppedEarly() != null) {
      out.printf("STOPPED EARLY: %s%n", stoppedEarly());
    }
    out.printf("%,d %s in %.1f s: %,.0f/s%n", count, what, seconds, rate());
    out.printf(
        "latency (%s): p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms%n",
        latencyMeaning, latency.p50(), latency.p90(), latency.p99(), latency.p999(), latency.max());
    if (scheduled()) {
      out.printf(
          "starts: %,d intended, %,d late (more than %d ms after their time), %,d dropped%n",
          intended, late, ArrivalScheduler.LATE_AFTER.toMillis(), dropped);
    }
    out.printf(
        "errors: %s; retried entries: %,d%n",
        errors.isEmpty() ? "none" : errors.toString(), retries);
    out.flush();
  }

  public void writeJson(Path file) {
    ReportFiles.writeJson(this, file);
  }

  /**
   * Reads a JSON report of any schema version.
   *
   * @throws MalformedReportException if the file is not a load report
   * @throws UncheckedIOException if it cannot be read
   */
  public static LoadReport read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(
          "no report " + file, new java.io.FileNotFoundException(file.toString()));
    }
    LoadReport report;
    try {
      report = ReportFiles.LINES.readValue(file.toFile(), LoadReport.class);
    } catch (JsonProcessingException e) {
      throw new MalformedReportException(
          file
              + " is not a load report (--report of storm, replay, generate or pipeline): "
              + ReportFiles.firstLine(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (report == null || report.what() == null || report.latency() == null) {
      throw new MalformedReportException(
          file + " is not a load report (--report of storm, replay, generate or pipeline)");
    }
    return report;
  }
}
