package com.vanitycall.loadtest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A load report as a self-contained HTML page ({@code --html}): the verdict, throughput and latency
 * percentiles per second, the HDR latency distribution (percentiles on a log axis, as HdrHistogram
 * plots are read), errors by kind, late and dropped starts, the run's configuration and the
 * machine.
 */
public final class LoadReportPage {

  static final String BLUE = "#1a73e8";
  static final String ORANGE = "#e8710a";
  static final String RED = "#c5221f";
  static final String GREEN = "#188038";
  static final String GREY = "#80868b";
  static final String PURPLE = "#9334e6";

  /** The percentile axis: 1/(1 − p), so that each further nine of the tail gets as much room. */
  static final List<SvgChart.Tick> PERCENTILE_TICKS =
      List.of(
          new SvgChart.Tick(1, "0%"),
          new SvgChart.Tick(2, "50%"),
          new SvgChart.Tick(10, "90%"),
          new SvgChart.Tick(100, "99%"),
          new SvgChart.Tick(1_000, "99.9%"),
          new SvgChart.Tick(10_000, "99.99%"),
          new SvgChart.Tick(100_000, "99.999%"),
          new SvgChart.Tick(1_000_000, "99.9999%"));

  private LoadReportPage() {}

  /**
   * @param title what ran ("storm, 8 callers")
   * @param latencyMeaning what latency is measured from and to
   */
  public static void write(LoadReport report, String title, String latencyMeaning, Path html) {
    page(report, title, latencyMeaning).write(html);
  }

  static HtmlPage page(LoadReport report, String title, String latencyMeaning) {
    List<Judgement> judgements = new ArrayList<>(report.checks());
    judgements.addAll(report.thresholds());
    HtmlPage page =
        new HtmlPage(title).verdict(report.passed(), summary(report, title), judgements);
    List<LoadReport.Interval> intervals = wholeSeconds(report);
    page.section("Throughput", throughput(report, intervals).render());
    page.section(
        "Latency per second",
        new SvgChart(
                "latency per second: " + latencyMeaning, "seconds since start", "ms (log scale)")
            .yScale(SvgChart.Scale.LOG)
            .add(series("p50", BLUE, intervals, LoadReport.Interval::p50, false))
            .add(series("p90", GREEN, intervals, LoadReport.Interval::p90, false))
            .add(series("p99", ORANGE, intervals, LoadReport.Interval::p99, false))
            .add(series("max", GREY, intervals, LoadReport.Interval::max, true))
            .render());
    page.section(
        "Latency distribution",
        distributionChart("latency by percentile: " + latencyMeaning)
                .add(distribution(report, "this run", BLUE, false))
                .render()
            + percentiles(report));
    page.section("Errors", errors(report));
    page.section("Starts", starts(report));
    if (report.run() != null) {
      page.section("Configuration", HtmlPage.definitions(report.run().configuration()));
      page.section("Machine", machine(report.run().machine()));
    }
    return page;
  }

  private static String summary(LoadReport report, String title) {
    String summary =
        String.format(
            "%s: %,d %s in %.1f s (%,.0f/s); p99 %.2f ms; %,d errors",
            title,
            report.count(),
            report.what(),
            report.seconds(),
            report.rate(),
            report.latency().p99(),
            report.errorCount());
    if (report.scheduled()) {
      summary += String.format("; %,d late, %,d dropped", report.late(), report.dropped());
    }
    return report.stoppedEarly() == null
        ? summary
        : summary + ". STOPPED EARLY: " + report.stoppedEarly();
  }

  /** A last second the run covered less than half of would be drawn as a collapse: left out. */
  private static List<LoadReport.Interval> wholeSeconds(LoadReport report) {
    return report.intervals().stream().filter(i -> i.second() + 0.5 <= report.seconds()).toList();
  }

  private static SvgChart throughput(LoadReport report, List<LoadReport.Interval> intervals) {
    SvgChart chart =
        new SvgChart(report.what() + " per second", "seconds since start", "per second")
            .add(series(report.what(), BLUE, intervals, LoadReport.Interval::count, false));
    if (intervals.stream().anyMatch(i -> i.errors() > 0)) {
      chart.add(series("errors", RED, intervals, LoadReport.Interval::errors, false));
    }
    if (intervals.stream().anyMatch(i -> i.late() > 0)) {
      chart.add(series("late starts", ORANGE, intervals, LoadReport.Interval::late, true));
    }
    if (intervals.stream().anyMatch(i -> i.dropped() > 0)) {
      chart.add(series("dropped starts", PURPLE, intervals, LoadReport.Interval::dropped, true));
    }
    return chart;
  }

  static SvgChart distributionChart(String title) {
    return new SvgChart(title, "percentile (log scale of 1/(1 − p))", "ms")
        .xScale(SvgChart.Scale.LOG)
        .xTicks(PERCENTILE_TICKS);
  }

  /**
   * The report's distribution as a line: x = 1/(1 − p), the 100th percentile just past the last.
   */
  static SvgChart.Series distribution(
      LoadReport report, String name, String color, boolean dashed) {
    List<LoadReport.Point> points = report.distribution();
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    double cap = 1 - 1 / (2.0 * Math.max(1, report.count()));
    for (int i = 0; i < points.size(); i++) {
      double p = Math.min(points.get(i).percentile() / 100, cap);
      x[i] = 1 / (1 - p);
      y[i] = points.get(i).millis();
    }
    return new SvgChart.Series(name, color, x, y, dashed);
  }

  private static SvgChart.Series series(
      String name,
      String color,
      List<LoadReport.Interval> intervals,
      ToDoubleFunction<LoadReport.Interval> value,
      boolean dashed) {
    double[] x = intervals.stream().mapToDouble(i -> i.second() + 1).toArray();
    double[] y = intervals.stream().mapToDouble(value).toArray();
    return new SvgChart.Series(name, color, x, y, dashed);
  }

  private static String percentiles(LoadReport report) {
    LoadReport.Percentiles p = report.latency();
    String rows =
        String.format(
            "<tr><td class=\"num\">%.2f</td><td class=\"num\">%.2f</td><td class=\"num\">%.2f</td>"
                + "<td class=\"num\">%.2f</td><td class=\"num\">%.2f</td><td class=\"num\">%.2f</td>"
                + "<td class=\"num\">%.2f</td></tr>",
            p.p50(), p.p90(), p.p95(), p.p99(), p.p999(), p.max(), p.mean());
    return HtmlPage.table(
        List.of("p50 ms", "p90 ms", "p95 ms", "p99 ms", "p99.9 ms", "max ms", "mean ms"), rows);
  }

  private static String errors(LoadReport report) {
    if (report.errors().isEmpty() && report.retries() == 0) {
      return "<p>None.</p>";
    }
    StringBuilder rows = new StringBuilder();
    report
        .errors()
        .forEach(
            (kind, n) ->
                rows.append(
                    String.format(
                        "<tr><td>%s</td><td class=\"num\">%,d</td></tr>",
                        HtmlPage.escape(kind), n)));
    rows.append(
        String.format(
            "<tr><td>entries retried (taken on a later attempt)</td><td class=\"num\">%,d</td></tr>",
            report.retries()));
    return HtmlPage.table(List.of("kind", "count"), rows.toString());
  }

  private static String starts(LoadReport report) {
    if (!report.scheduled()) {
      return "<p>A closed model (callers calling again when answered): there is no schedule, so no"
          + " start is late or dropped; latency is each call's own answer time.</p>";
    }
    Map<String, String> starts = new LinkedHashMap<>();
    starts.put("intended", String.format("%,d", report.intended()));
    starts.put(
        "late",
        String.format(
            "%,d (handed over more than %d ms after their intended time)",
            report.late(), ArrivalScheduler.LATE_AFTER.toMillis()));
    starts.put(
        "dropped",
        String.format("%,d (not made: the most allowed were in flight)", report.dropped()));
    return HtmlPage.definitions(starts)
        + "<p class=\"note\">Latency is measured from each operation's intended start, so a"
        + " system that stalls shows it in the percentiles (no coordinated omission).</p>";
  }

  static String machine(RunContext.Machine machine) {
    if (machine == null) {
      return "<p>Not recorded.</p>";
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("cores", String.valueOf(machine.cores()));
    entries.put(
        "load average (1 min)",
        String.format(
            "%.2f at the start, %.2f at the end",
            machine.loadAverageAtStart(), machine.loadAverageAtEnd()));
    entries.put("JVM", machine.jvm());
    if (machine.jvmOptions() != null && !machine.jvmOptions().isBlank()) {
      entries.put("JVM options", machine.jvmOptions());
    }
    entries.put("OS", machine.os());
    return HtmlPage.definitions(entries);
  }
}
