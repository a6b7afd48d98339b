package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FlowTestsCommandTest {

  private static final Path FLOWS = ProjectHome.locate().resolve("contact-flows");

  private final StringWriter out = new StringWriter();

  @Test
  void everyTest_runs_andOnlyThoseConnectIsNotGiven_areLabelledSimulatorOnly() throws IOException {
    List<String> deployed = names("tests");
    List<String> simulatorOnly = names("simulator-tests");

    assertThat(run()).isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(deployed).isNotEmpty();
    assertThat(simulatorOnly).isNotEmpty();
    deployed.forEach(name -> assertThat(lines).contains("PASS  " + name));
    simulatorOnly.forEach(
        name ->
            assertThat(lines)
                .contains("PASS  " + name + "  (simulator-only: not deployed to Connect)"));
    assertThat(lines)
        .last()
        .isEqualTo((deployed.size() + simulatorOnly.size()) + " passed, 0 failed");
  }

  @Test
  void aFileNamed_runsAlone() {
    assertThat(run(FLOWS.resolve("tests/withheld-number.json").toString())).isZero();

    assertThat(out.toString().lines())
        .containsExactly("PASS  withheld-number", "1 passed, 0 failed");
  }

  private int run(String... args) {
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    String[] command =
        Stream.concat(Stream.of("flow-tests"), Stream.of(args)).toArray(String[]::new);
    return cli.execute(command);
  }

  private static List<String> names(String folder) throws IOException {
    try (Stream<Path> files = Files.list(FLOWS.resolve(folder))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .map(f -> f.substring(0, f.length() - ".json".length()))
          .sorted()
          .toList();
    }
  }
}
