package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.schema.SharedVariables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackStateFileIT {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.inMemory();
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void aStackThatIsRunning_isDiscoveredWithItsEnvironment(@TempDir Path dir) {
    StackStateFile file = new StackStateFile(dir.resolve("stack.json"));

    file.write(stack.environment(), ProcessHandle.current().pid());

    assertThat(file.readLive()).contains(stack.environment());
  }

  @Test
  void aStateFileWhoseProcessIsGone_isStaleAndRemoved(@TempDir Path dir) throws Exception {
    StackStateFile file = new StackStateFile(dir.resolve("stack.json"));
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();

    file.write(stack.environment(), finished.pid());

    assertThat(file.readLive()).isEmpty();
    assertThat(file.path()).doesNotExist();
  }

  @Test
  void aLiveStackWhoseEmulatorsDoNotAnswer_isStillTheRunningStack_andItsFileIsKept(
      @TempDir Path dir) {
    StackStateFile file = new StackStateFile(dir.resolve("stack.json"));
    Map<String, String> closedPorts =
        Map.of(
            SharedVariables.AWS_ENDPOINT_URL_DYNAMODB, "http://127.0.0.1:1",
            SharedVariables.AWS_ENDPOINT_URL_KINESIS, "http://127.0.0.1:1");

    file.write(closedPorts, ProcessHandle.current().pid());

    assertThat(file.readRunning())
        .hasValueSatisfying(
            running -> {
              assertThat(running.pid()).isEqualTo(ProcessHandle.current().pid());
              assertThat(running.environment()).isEqualTo(closedPorts);
            });
    assertThat(file.path()).exists();
  }

  @Test
  void aStateFileWhosePidAnotherProcessHasTaken_isStale(@TempDir Path dir) throws Exception {
    StackStateFile file = new StackStateFile(dir.resolve("stack.json"));
    file.write(stack.environment(), ProcessHandle.current().pid());
    String written = Files.readString(file.path());
    String started = ProcessHandle.current().info().startInstant().orElseThrow().toString();

    Files.writeString(file.path(), written.replace(started, "2001-01-01T00:00:00Z"));

    assertThat(file.readLive()).isEmpty();
    assertThat(file.path()).doesNotExist();
  }

  @Test
  void aStateFileThatIsNotJson_isStale(@TempDir Path dir) throws Exception {
    StackStateFile file = new StackStateFile(Files.writeString(dir.resolve("stack.json"), "{oops"));

    assertThat(file.readLive()).isEmpty();
    assertThat(file.path()).doesNotExist();
  }

  @Test
  void theEnvironment_namesTheEndpointsRegionAndResources() {
    assertThat(stack.environment())
        .containsKeys(
            "AWS_REGION",
            "AWS_ENDPOINT_URL_DYNAMODB",
            "AWS_ENDPOINT_URL_KINESIS",
            "CALL_EVENTS_STREAM",
            "VANITY_CACHE_TABLE",
            "CALLS_TABLE",
            "ANALYTICS_TABLE",
            "DEAD_LETTERS_TABLE");
    assertThat(stack.dynamoDb().listTables().tableNames())
        .contains(stack.environment().get("CALLS_TABLE"));
    assertThat(stack.kinesis().listStreams().streamNames())
        .contains(stack.environment().get("CALL_EVENTS_STREAM"));
  }
}
