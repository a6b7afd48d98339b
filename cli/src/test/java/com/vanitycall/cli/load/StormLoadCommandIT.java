package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CaptureOptions;
import com.vanitycall.loadtest.CapturedRecord;
import com.vanitycall.loadtest.ClosedWorkload;
import com.vanitycall.loadtest.HandlerStorm;
import com.vanitycall.loadtest.StormTarget;
import com.vanitycall.loadtest.StreamCapture;
import com.vanitycall.local.stack.LocalConnectHandler;
import com.vanitycall.local.stack.LocalStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code load storm} with the real Connect handler on a throwaway in-memory stack. */
class StormLoadCommandIT {

  @TempDir Path folder;

  @Test
  void stormFigures_agreeWithTheHandlersOwnTiming_andWhatItPublished() {
    List<String> numbers =
        List.of("+18003569377", "+14155550123", "anonymous", "junk", "+12125550199");
    HandlerStorm.Result result;
    List<CallEvent> published;
    try (LocalStack stack = LocalStack.inMemory();
        LocalConnectHandler local = LocalConnectHandler.start(stack.environment())) {
      result =
          new HandlerStorm(
                  StormTarget.inProcess(local.handler()),
                  new ClosedWorkload(Duration.ofSeconds(2), 2, Duration.ofMillis(500)),
                  numbers)
              .run(new PrintWriter(new StringWriter()));
      published = published(stack);
    }

    long calls = result.report().count();
    assertThat(calls).isPositive();
    assertThat(result.report().errors()).isEmpty();
    // every call the storm counted is one the handler published, and the other way round
    assertThat(published).hasSize((int) calls);
    assertThat(published.stream().map(CallEvent::eventId))
        .containsExactlyInAnyOrderElementsOf(result.micros().keySet());
    // the storm's answer time holds the handler's own (lookup) time, call by call
    for (CallEvent event : published) {
      assertThat(result.micros().get(event.eventId()))
          .as("storm's time of %s", event.eventId())
          .isGreaterThanOrEqualTo(event.answerMicros());
    }
    // and the answers' sources are the ones the handler recorded
    Map<String, Long> sources =
        published.stream()
            .collect(Collectors.groupingBy(e -> e.source().name(), Collectors.counting()));
    assertThat(result.answeredFrom()).isEqualTo(sources);
  }

  @Test
  void theCommand_printsTheReport_andWritesItsJsonAndChart() throws Exception {
    Path report = folder.resolve("storm.json");
    Path chart = folder.resolve("storm.png");
    StringWriter out = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));

    int exit =
        cli.execute(
            "load",
            "storm",
            "--duration",
            "2s",
            "--concurrency",
            "2",
            "--report",
            report.toString(),
            "--chart",
            chart.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("calls answered in", "p99.9", "answered from:");
    assertThat(Files.readString(report)).contains("\"count\"", "\"p99\"", "\"intervals\"");
    assertThat(ImageIO.read(chart.toFile())).isNotNull();
  }

  @Test
  void anOpenStormWithAFailedThreshold_printsEveryThreshold_writesItsPage_andExits99() {
    Path page = folder.resolve("storm.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit =
        cli.execute(
            "load",
            "storm",
            "--rate",
            "40",
            "--duration",
            "2s",
            "--threshold",
            "p99<0.001ms",
            "--threshold",
            "errors==0",
            "--html",
            page.toString());

    assertThat(exit).isEqualTo(99);
    assertThat(out.toString())
        .contains("starts: 80 intended")
        .containsPattern("p99<0.001ms +p99 = [\\d.]+ ms +FAILED")
        .containsPattern("errors==0 +errors = 0 +passed");
    assertThat(err.toString()).contains("1 of 2 threshold(s) failed: p99<0.001ms");
    assertThat(page).content().contains("FAILED", "p99&lt;0.001ms", "calls starting at 40/s");
  }

  @Test
  void abortOnFail_stopsTheStormOnceAThresholdHasFailed_notAtItsEnd() {
    StringWriter out = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    long started = System.nanoTime();

    int exit =
        cli.execute(
            "load",
            "storm",
            "--rate",
            "20",
            "--duration",
            "60s",
            "--threshold",
            "p99<0.001ms",
            "--abort-on-fail");

    assertThat(exit).isEqualTo(99);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(40));
    assertThat(out.toString()).contains("STOPPED EARLY: threshold p99<0.001ms failed");
  }

  private List<CallEvent> published(LocalStack stack) {
    CaptureFile file = new CaptureFile(folder.resolve("published.jsonl"));
    try (CaptureFile.Writer writer = file.create()) {
      new StreamCapture(
              stack.kinesis(),
              CaptureOptions.everything(stack.options().names().callEventsStream()))
          .run(writer, new PrintWriter(new StringWriter()));
    }
    CallEventCodec codec = new CallEventCodec();
    return file.readAll().stream().map(CapturedRecord::text).map(codec::fromJson).toList();
  }
}
