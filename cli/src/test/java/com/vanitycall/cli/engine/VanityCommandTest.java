package com.vanitycall.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.VanityCallCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VanityCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aValidNumber_getsOneJsonLineWithItsVanities() throws IOException {
    assertThat(run("vanity", "--json", "+18003569377")).isZero();

    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(1);
    JsonNode line = lines.get(0);
    assertThat(fieldNames(line)).containsExactly("input", "status", "e164", "vanities", "error");
    assertThat(line.get("input").asText()).isEqualTo("+18003569377");
    assertThat(line.get("status").asText()).isEqualTo("VALID");
    assertThat(line.get("e164").asText()).isEqualTo("+18003569377");
    assertThat(line.get("error").isNull()).isTrue();
    JsonNode best = line.get("vanities").get(0);
    assertThat(fieldNames(best)).containsExactly("display", "words", "score");
    assertThat(best.get("display").asText()).isEqualTo("1-800-FLOWERS");
    assertThat(best.get("words").get(0).asText()).isEqualTo("FLOWERS");
    assertThat(best.get("score").asInt()).isPositive();
  }

  @Test
  void badNumbers_areLinesWithStatusAndError_andTheBatchGoesOn() throws IOException {
    assertThat(run("vanity", "--json", "anonymous", "+0000000", "x".repeat(400), "8004685865"))
        .isZero();

    List<JsonNode> lines = jsonLines();
    assertThat(lines)
        .extracting(line -> line.get("status").asText())
        .containsExactly("WITHHELD", "INVALID", "INVALID", "VALID");
    assertThat(lines.subList(0, 3))
        .allSatisfy(
            line -> {
              assertThat(line.get("error").asText()).isNotBlank();
              assertThat(line.get("e164").isNull()).isTrue();
              assertThat(line.get("vanities")).isEmpty();
            });
    assertThat(lines.get(3).get("vanities").get(0).get("display").asText())
        .isEqualTo("1-800-GOT-JUNK");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFile_getsOneLinePerLine_inOrder(@TempDir Path dir) throws IOException {
    List<String> numbers = new ArrayList<>();
    IntStream.range(0, 10_000)
        .forEach(i -> numbers.add(String.format("+1800%07d", 2_000_000 + i * 797)));
    numbers.set(4_321, "not a number");
    Path file = Files.write(dir.resolve("numbers.txt"), numbers);

    assertThat(run("vanity", "--json", "--file", file.toString())).isZero();

    List<JsonNode> lines = jsonLines();
    assertThat(lines).extracting(line -> line.get("input").asText()).isEqualTo(numbers);
    assertThat(lines.get(4_321).get("status").asText()).isEqualTo("INVALID");
  }

  @Test
  void standardInput_isReadWhenNoNumbersAreGiven() throws IOException {
    InputStream stdin = new ByteArrayInputStream("8003569377\n\n".getBytes(StandardCharsets.UTF_8));

    assertThat(runReading(stdin, "--json", "--deep")).isZero();

    List<JsonNode> lines = jsonLines();
    assertThat(lines)
        .extracting(line -> line.get("status").asText())
        .containsExactly("VALID", "WITHHELD");
  }

  @Test
  void aPersonTypingNumbers_seesEachAnswerBeforeTypingTheNext() throws Exception {
    var typed = new PipedOutputStream();
    var stdin = new PipedInputStream(typed);
    var command = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exit = command.submit(() -> runReading(stdin, "--json"));

      typed.write("+18003569377\n".getBytes(StandardCharsets.UTF_8));
      typed.flush();
      await().atMost(Duration.ofSeconds(30)).until(() -> out.toString().contains("FLOWERS"));
      typed.write("+18004685865\n".getBytes(StandardCharsets.UTF_8));
      typed.close();

      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(jsonLines()).hasSize(2);
    } finally {
      command.shutdownNow();
    }
  }

  @Test
  void withoutJson_eachNumberIsOneReadableLine() {
    assertThat(run("vanity", "1-800-356-9377", "anonymous")).isZero();

    assertThat(out.toString().lines())
        .containsExactly(
            "1-800-356-9377  VALID  +18003569377  1-800-FLOWERS  1-800-3-LOWERS  1-800-35-OWES-7"
                + "  1-800-3-JOY-ERR  1-800-ELM-YES-7",
            "anonymous  WITHHELD  the caller's number is withheld");
  }

  @Test
  void aMissingFile_isAnErrorMessageNotAStackTrace() {
    assertThat(run("vanity", "--file", "/no/such/file")).isEqualTo(2);

    assertThat(err.toString())
        .contains("cannot read the file /no/such/file")
        .doesNotContain("at com.");
  }

  @Test
  void anEmptyFile_isSaid_andStandardOutputStaysEmpty(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    assertThat(run("vanity", "--json", "--file", empty.toString())).isZero();

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("no numbers in " + empty + ": nothing to answer\n");
  }

  /** Runs the whole CLI, as {@code ./vanitycall} does, in this process. */
  private int run(String... args) {
    return execute(VanityCallCli.commandLine(), args);
  }

  private int runReading(InputStream stdin, String... args) {
    return execute(new CommandLine(new VanityCommand(stdin)), args);
  }

  private int execute(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
