package com.vanitycall.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  @Test
  void theDemo_showsQuickAndDeepAnswersForEveryNumber() {
    var out = new StringWriter();
    var cli = new CommandLine(new VanityCallCli());
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("demo")).isZero();

    String shown = out.toString();
    assertThat(shown).contains("QUICK profile: ", "DEEP profile: ");
    assertThat(shown).contains("quick  1-800-FLOWERS", "deep   1-800-GOT-JUNK", "1-800-MOVERS-1");
    assertThat(shown)
        .contains("anonymous  ->  WITHHELD", "+0000000  ->  INVALID: no such country code");
    assertThat(shown).contains("PET-MEDS", "44-20-");
    DemoCommand.NUMBERS.forEach(number -> assertThat(shown).contains(number + "  ->  "));
  }
}
