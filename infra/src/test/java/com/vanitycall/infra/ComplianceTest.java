package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

class ComplianceTest {
  private final SynthesizedApp app = SynthesizedApp.get();

  @Test
  void cdkNagAwsSolutions_findsNothingUnsuppressed_inAnyStack() {
    for (Stack stack : stacks()) {
      Annotations annotations = Annotations.fromStack(stack);
      assertThat(annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")))
          .as(stack.getStackName())
          .isEmpty();
      assertThat(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")))
          .as(stack.getStackName())
          .isEmpty();
    }
  }

  @Test
  void cdkNag_ran_andEverySuppressionSaysWhy() throws IOException {
    for (Stack stack : stacks()) {
      Path report = app.outdir.resolve("AwsSolutions-" + stack.getStackName() + "-NagReport.csv");
      List<String> lines = Files.readAllLines(report);
      assertThat(lines).as(report.toString()).hasSizeGreaterThan(1);
      assertThat(lines.stream().filter(l -> l.contains("\"Suppressed\"")))
          .allSatisfy(line -> assertThat(line).containsPattern("\"Suppressed\",\"[^\"]{10,}"));
    }
  }

  @Test
  void synthsBuiltInValidationReport_hasNoFindings() throws IOException {
    JsonNode report =
        new ObjectMapper().readTree(app.outdir.resolve("validation-report.json").toFile());
    assertThat(report.path("title").asText()).isEqualTo("Validation Report");
    assertThat(report.path("pluginReports").isArray()).isTrue();
    assertThat(report.path("pluginReports")).isEmpty();
  }

  private List<Stack> stacks() {
    return List.of(
        app.stacks.data(),
        app.stacks.service(),
        app.stacks.web(),
        app.stacks.contactCentre().orElseThrow());
  }
}
