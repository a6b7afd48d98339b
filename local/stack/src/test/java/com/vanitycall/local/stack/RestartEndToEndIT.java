package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.core.call.CallEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the file-backed local stack mid-run, and starting it again on the same data. */
class RestartEndToEndIT {

  private static final int FIRST = 20;
  private static final int EVENTS = 60;
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @TempDir Path dir;

  private final List<Process> started = new ArrayList<>();

  /** Whatever happened, no stack this test started outlives it, nor do their children. */
  @AfterEach
  void stopEveryStack() throws Exception {
    for (Process process : started) {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        child.destroyForcibly();
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void killingTheFileBackedStackMidRun_losesNothing_andCountsNothingTwice() throws Exception {
    Path data = dir.resolve("data");
    StackStateFile stateFile = new StackStateFile(dir.resolve("stack.json"));
    Path armed = dir.resolve("hold-armed");
    Path holding = dir.resolve("holding");
    List<CallEvent> events = CallEvents.generate(EVENTS, 21L);

    Process first = startStack(data, stateFile, armed, holding, dir.resolve("first.log"));
    StackEnvironment environment = awaitRunning(stateFile);
    try (AwsClients clients = environment.clients()) {
      var publisher =
          new KinesisCallEventPublisher(
              clients.kinesis(CallBudget.inBackground()), environment.names().callEventsStream());
      StackProbe probe =
          new StackProbe(clients.dynamoDb(CallBudget.inBackground()), environment.names());
      events.subList(0, FIRST).forEach(publisher::publish);
      await().atMost(DEADLINE).until(() -> probe.callRecords() == FIRST);

      // from now on every batch is scored and cached but held before it is persisted: the kill
      // comes mid-run however fast this machine is
      Files.createFile(armed);
      events.subList(FIRST, EVENTS).forEach(publisher::publish);
      await().atMost(DEADLINE).until(() -> Files.exists(holding));
      assertThat(probe.callRecords()).as("persisted when killed").isEqualTo(FIRST);
      killOutright(first);
    }
    assertThat(stateFile.readLive()).isEmpty();

    Files.delete(armed);
    startStack(data, stateFile, armed, holding, dir.resolve("second.log"));
    StackEnvironment restarted = awaitRunning(stateFile);
    try (AwsClients clients = restarted.clients()) {
      StackProbe probe =
          new StackProbe(clients.dynamoDb(CallBudget.inBackground()), restarted.names());
      await().atMost(DEADLINE).until(() -> probe.countedCalls() == EVENTS);
      assertThat(probe.callRecords()).isEqualTo(EVENTS);
      assertThat(probe.deadLetters()).isEmpty();
      events.forEach(event -> assertThat(probe.callRecord(event.eventId())).isNotEmpty());
    }
  }

  private Process startStack(
      Path data, StackStateFile stateFile, Path armed, Path holding, Path log) throws IOException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daws.cborEnabled=false",
                "-cp",
                System.getProperty("java.class.path"),
                StackProcess.class.getName(),
                data.toString(),
                stateFile.path().toString(),
                armed.toString(),
                holding.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    started.add(process);
    return process;
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
