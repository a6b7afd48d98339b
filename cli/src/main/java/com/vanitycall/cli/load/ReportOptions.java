package com.vanitycall.cli.load;

import com.vanitycall.loadtest.LoadChart;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.LoadReportPage;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a load command writes its report besides the terminal (a picocli mixin). */
final class ReportOptions {

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "also write the report as JSON (load compare reads it)")
  private Path json;

  @Option(
      names = "--chart",
      paramLabel = "FILE.png",
      description = "also draw throughput and latency percentiles over time as a PNG")
  private Path chart;

  @Option(
      names = "--html",
      paramLabel = "FILE.html",
      description =
          "also write the report as one self-contained page (no network): the verdict, throughput"
              + " and percentiles per second, the latency distribution, errors, the machine")
  private Path html;

  /** Prints the report and its verdict, and writes the files asked for. */
  void emit(LoadReport report, String title, String latencyMeaning, PrintWriter out) {
    report.print(out, latencyMeaning);
    Verdicts.print(out, report.checks(), report.thresholds());
    write(report, title, latencyMeaning, out);
  }

  /** Writes the files asked for, and says where. */
  void write(LoadReport report, String title, String latencyMeaning, PrintWriter out) {
    if (json != null) {
      report.writeJson(json);
      out.printf("report: %s%n", json);
    }
    if (chart != null) {
      LoadChart.write(report, title, latencyMeaning, chart);
      out.printf("chart: %s%n", chart);
    }
    if (html != null) {
      LoadReportPage.write(report, title, latencyMeaning, html);
      out.printf("page: %s%n", html);
    }
    out.flush();
  }
}
