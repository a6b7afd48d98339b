package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.cli.ExitCode;
import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.loadtest.ArrivalRate;
import com.vanitycall.loadtest.HandlerStorm;
import com.vanitycall.loadtest.LoadRecorder;
import com.vanitycall.loadtest.OpenWorkload;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code load compare} as a user runs it: a run against itself passes, a doctored copy is a
 * regression (exit 99, one line naming it), a report of another kind is a usage error, and {@code
 * --html} writes the page.
 */
class CompareLoadCommandTest {

  @TempDir static Path folder;

  private static Path storm;

  @BeforeAll
  static void aRealStormReport() {
    storm = folder.resolve("storm.json");
    new HandlerStorm(
            (contactId, number) -> {
              LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
              return "QUICK";
            },
            new OpenWorkload(ArrivalRate.constant(100, Duration.ofMillis(500)), 50),
            List.of("+18003569377"))
        .run(new PrintWriter(Writer.nullWriter()))
        .report()
        .writeJson(storm);
  }

  @Test
  void aRunAgainstItself_passes_andItsPageIsWritten() {
    Path page = folder.resolve("compare.html");
    StringWriter out = new StringWriter();

    int exit = compare(out, new StringWriter(), storm, storm, "--html", page.toString());

    assertThat(exit).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("throughput", "p99.9", "no regression beyond 10%");
    assertThat(page).content().contains("PASSED", "latency by percentile, both runs");
  }

  @Test
  void aDoctoredReport_isARegression_exit99_namingTheFigure() throws Exception {
    Path doctored = folder.resolve("doctored.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode report = (ObjectNode) json.readTree(storm.toFile());
    report.put("seconds", report.get("seconds").asDouble() * 2);
    json.writeValue(doctored.toFile(), report);
    StringWriter err = new StringWriter();

    int exit = compare(new StringWriter(), err, storm, doctored);

    assertThat(exit).isEqualTo(ExitCode.THRESHOLDS_FAILED).isEqualTo(99);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .contains("1 figure(s) regressed by more than 10%: throughput");
  }

  @Test
  void aReportOfAnotherKind_isAUsageError() throws Exception {
    Path replay = folder.resolve("replay.json");
    LoadRecorder recorder = new LoadRecorder("replay", "records put");
    recorder.done(System.nanoTime(), 1_000);
    recorder.report().writeJson(replay);
    Path notAReport = Files.writeString(folder.resolve("notes.txt"), "hello");
    StringWriter err = new StringWriter();

    assertThat(compare(new StringWriter(), err, storm, replay)).isEqualTo(ExitCode.USAGE);
    assertThat(compare(new StringWriter(), err, storm, notAReport)).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines())
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("is a storm report and", "a replay report"))
        .anySatisfy(line -> assertThat(line).contains("notes.txt is not a load report"));
  }

  private static int compare(
      StringWriter out, StringWriter err, Path base, Path candidate, String... more) {
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[4 + more.length];
    args[0] = "load";
    args[1] = "compare";
    args[2] = base.toString();
    args[3] = candidate.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return cli.execute(args);
  }
}
