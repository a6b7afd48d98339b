package com.vanitycall.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vanitycall call} end to end: flow, real handler, emulators (a throwaway stack). */
class CallCommandIT {

  private record Run(int exitCode, String out) {}

  private static Run call(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new VanityCallCli());
    cli.setOut(new PrintWriter(out));
    String[] all = new String[args.length + 1];
    all[0] = "call";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cli.execute(all), out.toString());
  }

  @Test
  void aValidNumber_hearsThreeOptions_andJsonShowsTheResponseAndThePath() {
    Run run = call("+18003569377", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Here are three vanity numbers for you. Option one: 1 8 0 0")
        .contains("spelled F L O W E R S")
        .contains("\"source\" : \"QUICK\"")
        .contains("\"path\" : [ \"greet\", \"lookup\"");
  }

  @Test
  void aWithheldOrJunkNumber_hearsAFriendlyMessage() {
    assertThat(call("anonymous").out()).contains("could not see the number you are calling from");
    assertThat(call("junk").out()).contains("could not read the number you are calling from");
  }
}
