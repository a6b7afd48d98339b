package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandIT {

  @Test
  void theDemo_showsWhatCallersHeard_whatThePipelineStored_andTheCachedAnswerOnTheSecondCall() {
    var out = new StringWriter();
    var cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("demo", "--no-wait", "--port", "0")).isZero();

    String shown = out.toString();
    DemoCalls.NUMBERS.forEach(number -> assertThat(shown).contains("  " + number + "  (answer: "));
    assertThat(shown)
        .contains(
            "Your number spells one word worth remembering: 1 8 0 0, flowers, spelled F L O W E R S.");
    assertThat(shown).contains("deep best: 1-800-GOT-JUNK", "+1800*****77");
    assertThat(shown).contains("6 calls: 4 valid, 1 withheld, 1 invalid", "dead letters: 0");
    assertThat(shown.substring(shown.indexOf("again: the deep answer")))
        .contains("(answer: CACHE)");
    assertThat(shown).doesNotContain("3569377");
    // it ends with a named query over the calls it placed, from the history lake
    assertThat(shown.substring(shown.indexOf("./vanitycall sql --query calls-by-status")))
        .containsPattern("(?m)^day +calls +valid +withheld +invalid")
        .containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2} +6 +4 +1 +1 ");
    assertThat(shown)
        .containsPattern("The last callers, live, and today's figures: http://localhost:\\d+/");
  }
}
