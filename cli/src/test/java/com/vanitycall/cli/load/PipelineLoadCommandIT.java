package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.ExitCode;
import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.loadtest.LoadReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load pipeline} with thresholds, on a fresh in-memory stack and its real pipeline: the loss
 * check and a threshold that holds pass, one that cannot fails, the table shows all three, the exit
 * status is 99, and the report is a pipeline report with its loss counted.
 */
class PipelineLoadCommandIT {

  @TempDir Path folder;

  @Test
  void aFailedThreshold_exits99_withEveryThresholdInTheTable_andAPipelineReport() {
    Path report = folder.resolve("pipeline.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.execute(
            "load",
            "pipeline",
            "--events",
            "300",
            "--rate",
            "300",
            "--warmup-seconds",
            "0",
            "--threshold",
            "lost==0",
            "--threshold",
            "p99<0.001ms",
            "--report",
            report.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCode.THRESHOLDS_FAILED);
    assertThat(out.toString())
        .containsPattern("lost==0 +lost = 0 +passed")
        .containsPattern("p99<0.001ms +p99 = [\\d.]+ ms +FAILED")
        .containsPattern(
            "nothing lost or counted twice +missing 0, dead-lettered 0, counted 300 of 300 +passed");
    LoadReport written = LoadReport.read(report);
    assertThat(written.kind()).isEqualTo("pipeline");
    assertThat(written.count()).isEqualTo(300);
    assertThat(written.measurements().value(com.vanitycall.loadtest.Metric.LOST)).contains(0.0);
  }
}
