package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * AWS's own CloudFormation linter, cfn-lint, on every template of the synthesized app (Connect
 * instance, phone number and alarm address included), for the region the stacks deploy to: it must
 * report nothing. cfn-lint is a Python tool installed on the development machines and CI's; where
 * it is missing this test fails and says so rather than passing unchecked.
 */
class CfnLintTest {
  private static final long DEADLINE_SECONDS = 180;

  private final SynthesizedApp app = SynthesizedApp.get();

  @Test
  void cfnLint_reportsNothing_onAnyTemplate() throws IOException, InterruptedException {
    List<Path> templates;
    try (Stream<Path> files = Files.list(app.outdir)) {
      templates =
          files
              .filter(f -> f.getFileName().toString().endsWith(".template.json"))
              .sorted()
              .toList();
    }
    assertThat(templates).hasSize(4);
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of("cfn-lint", "--format", "parseable", "--regions", app.stacks.web().getRegion()));
    command.add("--");
    templates.forEach(template -> command.add(template.toString()));

    Path report = Files.createTempFile("cfn-lint", ".txt");
    Process lint =
        start(
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()));
    try {
      assertThat(lint.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS))
          .as("cfn-lint finished within %d s", DEADLINE_SECONDS)
          .isTrue();
      assertThat(Files.readString(report)).as("cfn-lint's findings").isEmpty();
      assertThat(lint.exitValue()).as("cfn-lint's exit status").isZero();
    } finally {
      lint.destroyForcibly();
      Files.delete(report);
    }
  }

  private static Process start(ProcessBuilder builder) {
    try {
      return builder.start();
    } catch (IOException notThere) {
      return fail(
          "cfn-lint, AWS's CloudFormation linter, is not on the PATH ("
              + notThere.getMessage()
              + "): install it (pip install cfn-lint); the development machines and CI have it");
    }
  }
}
