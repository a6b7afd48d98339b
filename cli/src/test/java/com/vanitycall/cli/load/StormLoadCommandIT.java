package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CaptureOptions;
import com.vanitycall.loadtest.CapturedRecord;
import com.vanitycall.loadtest.ContactEvents;
import com.vanitycall.loadtest.HandlerStorm;
import com.vanitycall.loadtest.StormOptions;
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
                  (contactId, number) ->
                      local
                          .handler()
                          .handleRequest(ContactEvents.from(contactId, number), null)
                          .get("source"),
                  new StormOptions(Duration.ofSeconds(2), 2, Duration.ofMillis(500)),
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
