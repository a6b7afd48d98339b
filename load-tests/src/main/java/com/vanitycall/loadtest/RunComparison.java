package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * {@code load compare}: two runs of one kind side by side (throughput, p50, p90, p99, p99.9, max,
 * errors, late, dropped), the change of each, and the regressions beyond a bound: a lower
 * throughput, a higher latency, or a larger share of errors, late or dropped starts. Reports of
 * every schema version compare; a figure a version 1 report did not have (late, dropped) is shown
 * as not measured and never judged.
 *
 * @param maxRegressionPercent how much worse a figure may be before it is a regression
 */
public record RunComparison(
    String baseName,
    LoadReport base,
    String candidateName,
    LoadReport candidate,
    double maxRegressionPercent,
    List<Row> rows) {

  /** The families of reports that compare: a generate and a replay both put records on a stream. */
  private static final Map<String, String> FAMILY =
      Map.of(
          "storm", "storm",
          "replay", "stream put",
          "generate", "stream put",
          "pipeline", "pipeline");

  public RunComparison {
    rows = List.copyOf(rows);
  }

  /**
   * One figure of both runs.
   *
   * @param base null where the base did not measure it
   * @param changePercent the change from the base, in percent of it (of the share per attempt for
   *     counts); null where it cannot be computed (not measured, or from zero)
   * @param regression whether it is worse than the bound allows
   */
  public record Row(
      String figure,
      Double base,
      Double candidate,
      String baseShown,
      String candidateShown,
      Double changePercent,
      boolean regression) {}

  /**
   * @throws IncomparableReportsException if the two are not runs of one kind
   */
  public static RunComparison of(
      String baseName,
      LoadReport base,
      String candidateName,
      LoadReport candidate,
      double maxRegressionPercent) {
    if (!(maxRegressionPercent >= 0)) {
      throw new IllegalArgumentException(
          "--max-regression must be a percentage of 0 or more: " + maxRegressionPercent);
    }
    String baseFamily = FAMILY.getOrDefault(base.kind(), base.kind());
    String candidateFamily = FAMILY.getOrDefault(candidate.kind(), candidate.kind());
    if (!baseFamily.equals(candidateFamily)) {
      throw new IncomparableReportsException(
          String.format(
              "%s is a %s report and %s a %s report: only runs of one kind compare (storm with"
                  + " storm, replay or generate with replay or generate, pipeline with pipeline)",
              baseName, base.kind(), candidateName, candidate.kind()));
    }
    List<Row> rows = new ArrayList<>();
    rows.add(rate(base, candidate, maxRegressionPercent));
    rows.add(latency("p50", base, candidate, p -> p.latency().p50(), maxRegressionPercent));
    rows.add(latency("p90", base, candidate, p -> p.latency().p90(), maxRegressionPercent));
    rows.add(latency("p99", base, candidate, p -> p.latency().p99(), maxRegressionPercent));
    rows.add(latency("p99.9", base, candidate, p -> p.latency().p999(), maxRegressionPercent));
    rows.add(latency("max", base, candidate, p -> p.latency().max(), maxRegressionPercent));
    rows.add(share("errors", base, candidate, LoadReport::errorCount, true, maxRegressionPercent));
    rows.add(share("late", base, candidate, LoadReport::late, false, maxRegressionPercent));
    rows.add(share("dropped", base, candidate, LoadReport::dropped, false, maxRegressionPercent));
    return new RunComparison(baseName, base, candidateName, candidate, maxRegressionPercent, rows);
  }

  public List<Row> regressions() {
    return rows.stream().filter(Row::regression).toList();
  }

  public boolean regressed() {
    return !regressions().isEmpty();
  }

  private static Row rate(LoadReport base, LoadReport candidate, double bound) {
    return measure("throughput", base, candidate, LoadReport::rate, "%,.1f/s", false, bound);
  }

  private static Row latency(
      String figure,
      LoadReport base,
      LoadReport candidate,
      ToDoubleFunction<LoadReport> value,
      double bound) {
    return measure(figure, base, candidate, value, "%.2f ms", true, bound);
  }

  /**
   * A figure both runs measured; a regression is a change for the worse beyond the bound (for a
   * figure whose base was 0, any rise where higher is worse).
   */
  private static Row measure(
      String figure,
      LoadReport base,
      LoadReport candidate,
      ToDoubleFunction<LoadReport> value,
      String format,
      boolean higherIsWorse,
      double bound) {
    double b = value.applyAsDouble(base);
    double c = value.applyAsDouble(candidate);
    Double change = b == 0 ? null : (c - b) * 100 / b;
    boolean regression =
        change == null ? higherIsWorse && c > b : higherIsWorse ? change > bound : change < -bound;
    return new Row(
        figure, b, c, String.format(format, b), String.format(format, c), change, regression);
  }

  /**
   * A count judged as a share of the operations attempted, so that runs of different lengths
   * compare; from none to some is a regression whatever the bound.
   *
   * @param inVersion1 whether a version 1 report measured it
   */
  private static Row share(
      String figure,
      LoadReport base,
      LoadReport candidate,
      ToDoubleFunction<LoadReport> count,
      boolean inVersion1,
      double bound) {
    boolean baseMeasured = inVersion1 || base.schemaVersion() > 1;
    boolean candidateMeasured = inVersion1 || candidate.schemaVersion() > 1;
    Double b = baseMeasured ? count.applyAsDouble(base) : null;
    Double c = candidateMeasured ? count.applyAsDouble(candidate) : null;
    Double change = null;
    boolean regression = false;
    if (b != null && c != null) {
      double baseShare = shareOf(b, base);
      double candidateShare = shareOf(c, candidate);
      change = baseShare == 0 ? null : (candidateShare - baseShare) * 100 / baseShare;
      regression = change != null ? change > bound : candidateShare > 0;
    }
    return new Row(figure, b, c, shown(b, base), shown(c, candidate), change, regression);
  }

  private static double shareOf(double n, LoadReport report) {
    return report.attempts() == 0 ? 0 : n * 100 / report.attempts();
  }

  private static String shown(Double n, LoadReport report) {
    return n == null
        ? "not measured (schema v1)"
        : String.format("%,d (%.3f %%)", n.longValue(), shareOf(n, report));
  }

  public void print(PrintWriter out) {
    out.printf(
        "comparing %s runs: base %s (schema v%d, %s), new %s (schema v%d, %s)%n",
        candidate.kind(),
        baseName,
        base.schemaVersion(),
        base.startedAt(),
        candidateName,
        candidate.schemaVersion(),
        candidate.startedAt());
    workloads().ifPresent(out::println);
    int baseWidth =
        Math.max(4, rows.stream().mapToInt(r -> r.baseShown().length()).max().orElse(0));
    int newWidth =
        Math.max(3, rows.stream().mapToInt(r -> r.candidateShown().length()).max().orElse(0));
    String format = "%-10s  %" + baseWidth + "s  %" + newWidth + "s  %9s  %s";
    out.println(String.format(format, "", "base", "new", "change", "").stripTrailing());
    for (Row row : rows) {
      out.println(
          String.format(
                  format,
                  row.figure(),
                  row.baseShown(),
                  row.candidateShown(),
                  change(row),
                  row.regression() ? "REGRESSION" : "")
              .stripTrailing());
    }
    List<Row> regressions = regressions();
    if (regressions.isEmpty()) {
      out.printf("no regression beyond %s%%%n", bound());
    } else {
      out.printf(
          "%d regression(s) beyond %s%%: %s%n",
          regressions.size(),
          bound(),
          String.join(", ", regressions.stream().map(Row::figure).toList()));
    }
    out.flush();
  }

  /**
   * When the two runs' workloads differ (a closed storm against an open one at a set rate), a line
   * that says so: their figures compare, but a throughput then measures different things.
   */
  Optional<String> workloads() {
    String baseWorkload = workload(base);
    String candidateWorkload = workload(candidate);
    boolean noneRecorded = base.run() == null && candidate.run() == null;
    return noneRecorded || baseWorkload.equals(candidateWorkload)
        ? Optional.empty()
        : Optional.of(
            "different workloads (throughput and latency mean different things): base "
                + baseWorkload
                + "; new "
                + candidateWorkload);
  }

  private static String workload(LoadReport report) {
    if (report.run() == null) {
      return report.schemaVersion() == 1 ? "not recorded (schema v1)" : "not recorded";
    }
    return report.run().configuration().getOrDefault("workload", "not recorded");
  }

  /** The bound as written: {@code 10} or {@code 2.5}. */
  public String bound() {
    return maxRegressionPercent == Math.rint(maxRegressionPercent)
        ? String.valueOf((long) maxRegressionPercent)
        : String.valueOf(maxRegressionPercent);
  }

  static String change(Row row) {
    if (row.base() == null || row.candidate() == null) {
      return "–";
    }
    if (row.changePercent() == null) {
      return row.candidate().equals(row.base()) ? "=" : "from 0";
    }
    return String.format("%+.1f %%", row.changePercent());
  }

  public void writeHtml(Path html) {
    ComparisonPage.page(this).write(html);
  }
}
