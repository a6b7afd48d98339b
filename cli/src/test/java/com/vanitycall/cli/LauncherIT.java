package com.vanitycall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.local.stack.DeadLetterRedrive;
import com.vanitycall.local.stack.StackEnvironment;
import com.vanitycall.local.stack.StackStateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;

/**
 * {@code ./vanitycall} as a person runs it, from any directory: it finds its checkout by itself,
 * and hands every command to the command line. Runs on what the build has just made ({@code
 * VANITYCALL_SKIP_BUILD}).
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("../vanitycall").toAbsolutePath().normalize();

  @TempDir Path elsewhere;

  private record Run(int exit, String out, String err) {}

  private Run launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    ProcessBuilder launcher =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    launcher.environment().put("VANITYCALL_SKIP_BUILD", "1");
    Process process = launcher.start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Test
  void aStackCommandRunFromAnotherDirectory_findsTheCheckout_andPlacesTheCall() throws Exception {
    Run run = launch("call", "+18003569377");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Calling from +18003569377", "flowers");
    assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
  }

  @Test
  void up_printsWhenReady_andASummaryWhenStopped_andKeepsItsLogsOffTheTerminal() throws Exception {
    Path out = elsewhere.resolve("up-out.txt");
    Path err = elsewhere.resolve("up-err.txt");
    ProcessBuilder launcher =
        new ProcessBuilder(
                LAUNCHER.toString(), "up", "--in-memory", "--port", "0", "--emulator-port", "0")
            .directory(elsewhere.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    launcher.environment().put("VANITYCALL_SKIP_BUILD", "1");
    launcher
        .environment()
        .put("VANITYCALL_JAVA_OPTS", "-Dvanitycall.stack.file=" + elsewhere.resolve("stack.json"));
    Process up = launcher.start();
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> Files.readString(out).contains("vanitycall local stack ready"));
      aRecordThatIsNoCallEvent_isDeadLettered(elsewhere.resolve("stack.json"));
      up.toHandle().destroy();
      assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("up stopped on SIGTERM").isTrue();

      assertThat(Files.readAllLines(out))
          .hasSize(2)
          .last()
          .asString()
          .startsWith("vanitycall local stack stopped after ")
          .contains(
              "1 call event taken from the stream, 1 dead letter;", "it kept nothing (in memory)");
      assertThat(Files.readString(err)).doesNotContain("INFO", "{\"");
    } finally {
      up.descendants().forEach(ProcessHandle::destroyForcibly);
      up.destroyForcibly();
    }
  }

  /**
   * Puts a record the workflow must dead-letter on the stack's stream, and waits for its letter.
   */
  private static void aRecordThatIsNoCallEvent_isDeadLettered(Path stateFile) {
    StackEnvironment stack =
        new StackEnvironment(new StackStateFile(stateFile).readLive().orElseThrow());
    try (AwsClients clients = stack.clients()) {
      clients
          .kinesis(CallBudget.inBackground())
          .putRecord(
              b ->
                  b.streamName(stack.names().callEventsStream())
                      .partitionKey("junk")
                      .data(SdkBytes.fromUtf8String("not a call event")));
      DeadLetterRedrive letters = DeadLetterRedrive.on(stack, clients);
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> letters.listing().letters().size() == 1);
    }
  }

  @Test
  void aMistypedCommand_isOneLineAndExit2() throws Exception {
    Run run = launch("vanitty", "1");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().filter(line -> line.startsWith("vanitycall")))
        .singleElement()
        .asString()
        .contains("no command 'vanitty'", "did you mean vanity");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }
}
