package com.vanitycall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a person meets when a command goes wrong: one line on standard error that says what to do,
 * exit status 2 for their mistake and 1 for a failure, and never a stack trace.
 */
class FailuresTest {

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = VanityCallCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static void assertOneLineWithoutTrace(Run run) {
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "    at ");
  }

  @Test
  void aDirectoryAsTheFileOfNumbers_isOneLineAndExit2() {
    Run run = run("vanity", "--file", temp.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertOneLineWithoutTrace(run);
    assertThat(run.err()).contains(temp + " is a directory");
  }

  @Test
  void aPortOutOfRange_isOneLineAndExit2_beforeAnythingStarts() {
    Run web = run("up", "--port", "99999");
    Run emulators = run("up", "--emulator-port", "70000");
    Run kinesisPort = run("up", "--emulator-port", "65535");

    assertThat(web.exit()).isEqualTo(ExitCode.USAGE);
    assertOneLineWithoutTrace(web);
    assertThat(web.err()).contains("'99999' is not a port");
    assertThat(emulators.exit()).isEqualTo(ExitCode.USAGE);
    assertOneLineWithoutTrace(emulators);
    assertThat(emulators.err()).contains("'70000' is not a port");
    assertThat(kinesisPort.exit()).isEqualTo(ExitCode.USAGE);
    assertOneLineWithoutTrace(kinesisPort);
    assertThat(kinesisPort.err()).contains("--emulator-port 65535", "1024 to 65534");
  }

  @Test
  void aMistypedCommand_isOneLine_thatSuggestsTheNearestOne() {
    Run run = run("vanitty", "1");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertOneLineWithoutTrace(run);
    assertThat(run.err()).contains("no command 'vanitty'", "did you mean vanity");
  }

  @Test
  void aDeployedApiWithoutCredentials_isOneLineThatSaysHowToGiveThem() {
    assumeTrue(
        System.getenv("AWS_ACCESS_KEY_ID") == null,
        "this machine has AWS credentials in its environment");
    System.setProperty("aws.disableEc2Metadata", "true");
    try {
      Run run =
          run(
              "history",
              "--endpoint",
              "https://abc123.execute-api.us-east-1.amazonaws.com",
              "--profile",
              "vanitycall-test-no-such-profile");

      assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
      assertOneLineWithoutTrace(run);
      assertThat(run.err()).contains("no AWS credentials", "--profile");
    } finally {
      System.clearProperty("aws.disableEc2Metadata");
    }
  }

  @Test
  void aFailureNoCommandForesaw_isOneLineNamingTheLog_andExit1() {
    CommandLine command = VanityCallCli.commandLine().getSubcommands().get("vanity");
    StringWriter err = new StringWriter();
    command.setErr(new PrintWriter(err));

    int exit =
        new Failures("/the/log")
            .handleExecutionException(new IllegalStateException("boom"), command, null);

    assertThat(exit).isEqualTo(ExitCode.FAILED);
    assertThat(err.toString())
        .isEqualTo(
            "vanitycall vanity: IllegalStateException: boom (the stack trace is in /the/log)"
                + System.lineSeparator());
  }
}
