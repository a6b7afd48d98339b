package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.core.call.CallEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the file-backed local stack mid-run, and starting it again on the same data. */
class RestartEndToEndIT {

  private static final int EVENTS = 60;
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @Test
  void killingTheFileBackedStackMidRun_losesNothing_andCountsNothingTwice(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    StackStateFile stateFile = new StackStateFile(dir.resolve("stack.json"));
    List<CallEvent> events = CallEvents.generate(EVENTS, 21L);

    Process first = startStack(data, stateFile, dir.resolve("first.log"));
    StackEnvironment environment = awaitRunning(stateFile);
    try (AwsClients clients = environment.clients()) {
      var publisher =
          new KinesisCallEventPublisher(
              clients.kinesis(CallBudget.inBackground()), environment.names().callEventsStream());
      events.forEach(publisher::publish);
      StackProbe probe =
          new StackProbe(clients.dynamoDb(CallBudget.inBackground()), environment.names());
      await().atMost(DEADLINE).until(() -> probe.callRecords() >= EVENTS / 5);
      assertThat(probe.callRecords()).as("still running when killed").isLessThan(EVENTS);
      killOutright(first);
    }
    assertThat(stateFile.readLive()).isEmpty();

    Process second = startStack(data, stateFile, dir.resolve("second.log"));
    try {
      StackEnvironment restarted = awaitRunning(stateFile);
      try (AwsClients clients = restarted.clients()) {
        StackProbe probe =
            new StackProbe(clients.dynamoDb(CallBudget.inBackground()), restarted.names());
        await().atMost(DEADLINE).until(() -> probe.countedCalls() == EVENTS);
        assertThat(probe.callRecords()).isEqualTo(EVENTS);
        assertThat(probe.deadLetters()).isEmpty();
        events.forEach(event -> assertThat(probe.callRecord(event.eventId())).isNotEmpty());
      }
    } finally {
      second.destroy();
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Process startStack(Path data, StackStateFile stateFile, Path log)
      throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Daws.cborEnabled=false",
            "-cp",
            System.getProperty("java.class.path"),
            StackProcess.class.getName(),
            data.toString(),
            stateFile.path().toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static StackEnvironment awaitRunning(StackStateFile stateFile) {
    await().atMost(DEADLINE).until(() -> stateFile.readLive().isPresent());
    return new StackEnvironment(stateFile.readLive().orElseThrow());
  }

  /**
   * As a crash would: SIGKILL, no shutdown hook. The Node children (kinesalite, the workflow) must
   * notice and exit on their own, releasing the data directory for the restart.
   */
  private static void killOutright(Process process) throws Exception {
    List<ProcessHandle> children = process.descendants().toList();
    assertThat(children).isNotEmpty();
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    for (ProcessHandle child : children) {
      child.onExit().get(30, TimeUnit.SECONDS);
    }
  }
}
