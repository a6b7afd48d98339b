package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class IamPolicyTest {
  /** The actions that have no resource-level permissions: for these, * is the only resource. */
  private static final Set<String> RESOURCE_STAR_ONLY =
      Set.of(
          "xray:PutTraceSegments",
          "xray:PutTelemetryRecords",
          "xray:GetSamplingRules",
          "xray:GetSamplingTargets",
          "logs:CreateLogDelivery",
          "logs:GetLogDelivery",
          "logs:UpdateLogDelivery",
          "logs:DeleteLogDelivery",
          "logs:ListLogDeliveries",
          "logs:PutResourcePolicy",
          "logs:DescribeResourcePolicies",
          "logs:DescribeLogGroups",
          "kinesis:ListStreams");

  private final SynthesizedApp app = SynthesizedApp.get();

  @Test
  void noStatement_allowsAWildcardAction() {
    assertThat(allGrants())
        .isNotEmpty()
        .allSatisfy(grant -> assertThat(grant.actions()).noneMatch(a -> a.contains("*")));
  }

  @Test
  void aWildcardResource_appearsOnlyForActionsThatHaveNoOther() {
    assertThat(allGrants().stream().filter(g -> "*".equals(g.resource())))
        .allSatisfy(grant -> assertThat(RESOURCE_STAR_ONLY).containsAll(grant.actions()));
  }

  @Test
  void noResourceArn_endsInAWildcardPath() {
    assertThat(allGrants())
        .allSatisfy(
            grant ->
                assertThat(Resources.flatten(grant.resource()))
                    .doesNotEndWith("/*")
                    .doesNotContain("index/*"));
  }

  private List<Policies.Grant> allGrants() {
    return Stream.of(app.data, app.service, app.contactCentre)
        .map(Policies::all)
        .flatMap(List::stream)
        .toList();
  }

  @Test
  void ourRoles_useNoManagedPolicies() {
    for (Template template : List.of(app.data, app.service)) {
      Resources.ofType(template, "AWS::IAM::Role")
          .forEach(
              (id, role) ->
                  assertThat(Resources.properties(role))
                      .as(id)
                      .doesNotContainKey("ManagedPolicyArns"));
    }
  }
}
