package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load compare} on real reports: two storms written and read back as JSON, the version 1
 * storm report committed under docs/load, a doctored copy, and a report of another kind.
 */
class RunComparisonTest {

  /** The storm figures the README documents, written before reports had a schema version. */
  private static final Path VERSION_1_STORM = Path.of("..", "docs", "load", "storm-60s.json");

  @TempDir static Path folder;

  private static Path first;
  private static Path second;

  @BeforeAll
  static void twoRealStorms() {
    first = storm("first.json");
    second = storm("second.json");
  }

  @Test
  void twoRunsOfOneKind_areShownSideBySide_withTheChangeOfEachFigure() {
    LoadReport base = LoadReport.read(first);
    LoadReport candidate = LoadReport.read(second);

    RunComparison comparison = RunComparison.of("first", base, "second", candidate, 10);

    assertThat(comparison.rows())
        .extracting(RunComparison.Row::figure)
        .containsExactly(
            "throughput", "p50", "p90", "p99", "p99.9", "max", "errors", "late", "dropped");
    RunComparison.Row p99 = comparison.rows().get(3);
    assertThat(p99.base()).isEqualTo(base.latency().p99());
    assertThat(p99.candidate()).isEqualTo(candidate.latency().p99());
    assertThat(p99.changePercent())
        .isCloseTo((p99.candidate() - p99.base()) * 100 / p99.base(), within());
    assertThat(printed(comparison)).contains("comparing storm runs", "first", "second", "p99.9");
  }

  @Test
  void aRunAgainstItself_hasNoRegression() {
    RunComparison comparison =
        RunComparison.of("first", LoadReport.read(first), "again", LoadReport.read(first), 0);

    assertThat(comparison.regressed()).as(printed(comparison)).isFalse();
    assertThat(printed(comparison)).contains("no regression beyond 0%");
  }

  @Test
  void aDoctoredReport_withTripledLatency_isARegression() throws Exception {
    Path doctored = folder.resolve("doctored.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode report = (ObjectNode) json.readTree(first.toFile());
    ObjectNode latency = (ObjectNode) report.get("latency");
    latency.put("p99", latency.get("p99").asDouble() * 3);
    latency.put("p999", latency.get("p999").asDouble() * 3);
    report.put("dropped", 25);
    json.writeValue(doctored.toFile(), report);

    RunComparison comparison =
        RunComparison.of(
            "first", LoadReport.read(first), "doctored", LoadReport.read(doctored), 10);

    assertThat(comparison.regressions())
        .extracting(RunComparison.Row::figure)
        .containsExactlyInAnyOrder("p99", "p99.9", "dropped");
    assertThat(comparison.rows().get(3).changePercent()).isCloseTo(200, within());
    assertThat(printed(comparison)).contains("REGRESSION", "3 regression(s) beyond 10%");
  }

  @Test
  void aVersion1Report_stillCompares_itsMissingFiguresShownAsNotMeasured() {
    LoadReport old = LoadReport.read(VERSION_1_STORM);
    LoadReport open =
        LoadReport.read(second)
            .judged(
                RunContext.startingNow(Map.of("workload", "calls starting at 100/s")),
                List.of(),
                List.of());

    RunComparison comparison = RunComparison.of("v1", old, "second", open, 10_000);

    assertThat(old.schemaVersion()).isEqualTo(1);
    assertThat(old.kind()).isEqualTo("storm");
    RunComparison.Row late = comparison.rows().get(7);
    assertThat(late.base()).isNull();
    assertThat(late.baseShown()).isEqualTo("not measured (schema v1)");
    assertThat(late.regression()).isFalse();
    assertThat(comparison.rows().get(0).base()).isCloseTo(552.2, within());
    assertThat(printed(comparison))
        .contains(
            "different workloads", "base not recorded (schema v1); new calls starting at 100/s");
  }

  @Test
  void aReportOfAnotherKind_isRefused_namingBoth() {
    LoadRecorder replay = new LoadRecorder("replay", "records put");
    replay.done(System.nanoTime(), 1_000);

    assertThatThrownBy(
            () ->
                RunComparison.of(
                    "storm.json", LoadReport.read(first), "replay.json", replay.report(), 10))
        .isInstanceOf(IncomparableReportsException.class)
        .hasMessageContaining("storm.json is a storm report and replay.json a replay report");
  }

  @Test
  void aFileThatIsNoReport_isRefused_inOneLine() throws Exception {
    Path notAReport = folder.resolve("capture.jsonl");
    Files.writeString(notAReport, "{\"arrivedAt\":\"2026-11-29T03:21:51Z\"}\nnot json\n");

    assertThatThrownBy(() -> LoadReport.read(notAReport))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("is not a load report")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Source:"));
  }

  private static Path storm(String name) {
    StormTarget target =
        (contactId, number) -> {
          LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
          return "QUICK";
        };
    LoadReport report =
        new HandlerStorm(
                target,
                new OpenWorkload(ArrivalRate.constant(100, Duration.ofMillis(500)), 50),
                List.of("+18003569377"))
            .run(new PrintWriter(Writer.nullWriter()))
            .report();
    Path file = folder.resolve(name);
    report.writeJson(file);
    return file;
  }

  private static String printed(RunComparison comparison) {
    StringWriter text = new StringWriter();
    comparison.print(new PrintWriter(text));
    return text.toString();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.1);
  }
}
