package com.vanitycall.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.VanityCallCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();

  @Test
  void aVanity_dialsItsDigits() {
    assertThat(run("dial", "1-800-FLOWERS", "1-800-GOT-JUNK")).isZero();

    assertThat(out.toString().lines())
        .containsExactly("1-800-FLOWERS  +18003569377", "1-800-GOT-JUNK  +18004685865");
  }

  @Test
  void lettersPastTheTenDigits_areNotDialled() throws IOException {
    assertThat(run("dial", "--json", "1-800-MATTRESS")).isZero();

    JsonNode dialled = JSON.readTree(out.toString());
    assertThat(fieldNames(dialled)).containsExactly("input", "status", "e164", "ignored", "error");
    assertThat(dialled.get("e164").asText()).isEqualTo("+18006288737");
    assertThat(dialled.get("ignored").asText()).isEqualTo("S");
  }

  @Test
  void somethingThatIsNoNumber_saysWhy() throws IOException {
    assertThat(run("dial", "--json", "1-800-NO")).isEqualTo(1);

    JsonNode dialled = JSON.readTree(out.toString());
    assertThat(dialled.get("status").asText()).isEqualTo("INVALID");
    assertThat(dialled.get("e164").isNull()).isTrue();
    assertThat(dialled.get("error").asText()).isNotBlank();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private int run(String... args) {
    return VanityCallCli.commandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(new StringWriter()))
        .execute(args);
  }
}
