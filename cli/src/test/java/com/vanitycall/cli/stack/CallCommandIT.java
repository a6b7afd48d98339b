package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.VanityCallCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vanitycall call} end to end: flow, real handler, emulators (a throwaway stack). */
class CallCommandIT {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private record Run(int exitCode, String out) {}

  /**
   * Runs the command as the launcher does, with everything the process writes to standard output
   * (the command's own output and anything else that prints there) captured together.
   */
  private static Run call(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream original = System.out;
    PrintStream captured = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    System.setOut(captured);
    try {
      CommandLine cli = VanityCallCli.commandLine();
      cli.setOut(new PrintWriter(captured, true));
      String[] all = new String[args.length + 1];
      all[0] = "call";
      System.arraycopy(args, 0, all, 1, args.length);
      int exitCode = cli.execute(all);
      return new Run(exitCode, stdout.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void aValidNumber_hearsThreeOptions() {
    Run run = call("+18003569377");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Your number spells one word worth remembering: 1 8 0 0")
        .contains("spelled F L O W E R S");
  }

  @Test
  void withJson_standardOutputIsOneJsonDocument_withTheResponseAndThePath() throws IOException {
    Run run = call("+18003569377", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("heard").toString())
        .contains("Your number spells one word worth remembering: 1 8 0 0")
        .contains("spelled F L O W E R S");
    assertThat(report.at("/lambdaResponse/source").asText()).isEqualTo("QUICK");
    assertThat(report.path("path").get(0).asText()).isEqualTo("greet");
    assertThat(report.path("path").get(1).asText()).isEqualTo("lookup");
  }

  @Test
  void aWithheldOrJunkNumber_hearsAFriendlyMessage() {
    assertThat(call("anonymous").out()).contains("could not see the number you are calling from");
    assertThat(call("junk").out()).contains("could not read the number you are calling from");
  }
}
