package com.vanitycall.cli.load;

import com.vanitycall.loadtest.LoadChart;
import com.vanitycall.loadtest.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a load command writes its report besides the terminal (a picocli mixin). */
final class ReportOptions {

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "also write the report as JSON")
  private Path json;

  @Option(
      names = "--chart",
      paramLabel = "FILE.png",
      description = "also draw throughput and latency percentiles over time as a PNG")
  private Path chart;

  /** Prints the report and writes the files asked for. */
  void emit(LoadReport report, String title, String latencyMeaning, PrintWriter out) {
    report.print(out, latencyMeaning);
    if (json != null) {
      report.writeJson(json);
      out.printf("report: %s%n", json);
    }
    if (chart != null) {
      LoadChart.write(report, title, latencyMeaning, chart);
      out.printf("chart: %s%n", chart);
    }
    out.flush();
  }
}
