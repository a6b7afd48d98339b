package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

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

  /**
   * A function, the state machine and the pipe name their role by ARN, which orders them after it;
   * what they must also wait for is the role's policy (the pipe checks its permissions when it is
   * created), and that alone is their DependsOn.
   */
  @Test
  void whatRunsAsARole_waitsForTheRolesPolicy_andNotAgainForTheRole() {
    Map<String, String> roleProperty =
        Map.of(
            "AWS::Lambda::Function", "Role",
            "AWS::StepFunctions::StateMachine", "RoleArn",
            "AWS::Pipes::Pipe", "RoleArn");
    int checked = 0;
    for (Stack stack : stacks()) {
      Template template = Template.fromStack(stack);
      Map<String, Map<String, Object>> policies = Resources.ofType(template, "AWS::IAM::Policy");
      for (Map.Entry<String, String> type : roleProperty.entrySet()) {
        for (Map<String, Object> resource : Resources.ofType(template, type.getKey()).values()) {
          Object role = Resources.properties(resource).get(type.getValue());
          if (!(role instanceof Map<?, ?> getAtt) || !getAtt.containsKey("Fn::GetAtt")) {
            continue;
          }
          String roleId = (String) ((List<?>) getAtt.get("Fn::GetAtt")).get(0);
          List<String> rolePolicies =
              policies.entrySet().stream()
                  .filter(
                      p ->
                          ((List<?>) Resources.at(p.getValue(), "Properties", "Roles"))
                              .stream().anyMatch(r -> Resources.refersTo(r, roleId)))
                  .map(Map.Entry::getKey)
                  .toList();
          List<String> dependsOn =
              ((List<?>) resource.getOrDefault("DependsOn", List.of()))
                  .stream().map(String.class::cast).toList();
          assertThat(dependsOn).as(type.getKey()).doesNotContain(roleId);
          assertThat(dependsOn).as(type.getKey()).containsAnyElementsOf(rolePolicies);
          checked++;
        }
      }
    }
    // six handlers, the page deployment's and the number pointer's functions, machine and pipe
    assertThat(checked).isEqualTo(10);
  }

  private List<Stack> stacks() {
    return List.of(
        app.stacks.data(),
        app.stacks.service(),
        app.stacks.web(),
        app.stacks.contactCentre().orElseThrow());
  }
}
