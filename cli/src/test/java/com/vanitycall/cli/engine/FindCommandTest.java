package com.vanitycall.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.VanityCallCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FindCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aPhrase_listsDialableNumbersSpellingIt() {
    assertThat(run("find", "call now", "--limit", "2")).isZero();

    assertThat(out.toString().lines())
        .containsExactly("1-800-CALL-NOW  +18002255669", "1-888-CALL-NOW  +18882255669");
  }

  @Test
  void json_holdsOnlyOneObject() throws IOException {
    assertThat(run("find", "junk", "--area", "212", "--limit", "3", "--json")).isZero();

    JsonNode found = new ObjectMapper().readTree(out.toString());
    assertThat(found.get("phrase").asText()).isEqualTo("junk");
    assertThat(found.get("numbers")).hasSize(3);
    assertThat(found.get("numbers").get(0).get("display").asText()).isEqualTo("1-212-200-JUNK");
    assertThat(found.get("numbers").get(0).get("e164").asText()).isEqualTo("+12122005865");
    assertThat(found.get("error").isNull()).isTrue();
  }

  @Test
  void aWordThatCannotBeSpelled_isAClearMessage_notAStackTrace() throws IOException {
    assertThat(run("find", "mattresses")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("find: MATTRESSES has 10 letters")
        .doesNotContain("Exception");

    out.getBuffer().setLength(0);
    assertThat(run("find", "ofay", "--json")).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(out.toString()).get("error").asText())
        .contains("offensive");
  }

  private int run(String... args) {
    return VanityCallCli.commandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }
}
