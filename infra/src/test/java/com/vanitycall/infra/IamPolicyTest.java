package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.IRole;

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
          "kinesis:ListStreams",
          // Lambda's poller lists the table's streams before it reads the one it was given
          "dynamodb:ListStreams");

  /**
   * The one ARN that must end in a wildcard: the live feed posts to connections whose ids exist
   * only at run time, so it may POST to any connection of its own API's stage, and nothing else.
   */
  private static final String CONNECTIONS_OF_THE_LIVE_STAGE =
      ".*:execute-api:.*/live/POST/@connections/\\*";

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
  void noResourceArn_endsInAWildcardPath_butTheLiveFeedsConnections_andTheLakesObjects() {
    String lakeObjects =
        ".*" + Resources.logicalId(app.stacks.data().lake().bucket()) + "\\W*Arn\\W*/\\*\\W*";
    assertThat(allGrants())
        .filteredOn(
            grant ->
                !(grant.actions().equals(List.of("execute-api:ManageConnections"))
                    && Resources.flatten(grant.resource()).matches(CONNECTIONS_OF_THE_LIVE_STAGE)))
        // Firehose names the lake's files itself: it may write any object of that bucket, no other
        .filteredOn(
            grant ->
                !(grant.actions().contains("s3:PutObject")
                    && Resources.flatten(grant.resource()).matches(lakeObjects)))
        .allSatisfy(
            grant ->
                assertThat(Resources.flatten(grant.resource()))
                    .doesNotEndWith("/*")
                    .doesNotContain("index/*"));
  }

  @Test
  void theLiveFeed_mayPostOnlyToConnectionsOfItsOwnStage() {
    assertThat(allGrants())
        .filteredOn(grant -> grant.actions().contains("execute-api:ManageConnections"))
        .singleElement()
        .satisfies(
            grant ->
                assertThat(Resources.flatten(grant.resource()))
                    .matches(CONNECTIONS_OF_THE_LIVE_STAGE)
                    .contains(
                        "<<{Ref="
                            + Resources.logicalId(app.stacks.web().live().api())
                            + "}>>/live/POST/"));
  }

  /**
   * Every grant of our roles. The CDK's own BucketDeployment function, which copies the page into
   * its bucket during a deploy, is the CDK's (its object wildcards are suppressed with reasons).
   */
  private List<Policies.Grant> allGrants() {
    List<Policies.Grant> deploymentGrants = Policies.of(app.web, deploymentRole());
    return Stream.of(app.data, app.service, app.web, app.contactCentre)
        .map(Policies::all)
        .flatMap(List::stream)
        .filter(grant -> !deploymentGrants.contains(grant))
        .toList();
  }

  private IRole deploymentRole() {
    return app.stacks.web().site().deployment().getHandlerRole();
  }

  @Test
  void ourRoles_useNoManagedPolicies() {
    String deploymentRole = Resources.logicalId(deploymentRole());
    for (Template template : List.of(app.data, app.service, app.web)) {
      Resources.ofType(template, "AWS::IAM::Role").entrySet().stream()
          .filter(role -> !role.getKey().equals(deploymentRole))
          .forEach(
              role -> {
                String id = role.getKey();
                assertThat(Resources.properties(role.getValue()))
                    .as(id)
                    .doesNotContainKey("ManagedPolicyArns");
              });
    }
  }
}
