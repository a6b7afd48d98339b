package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class OperationsTest {
  private final SynthesizedApp app = SynthesizedApp.get();
  private final Template service = app.service;

  @Test
  void operatorIsAlarmed_forEachWayTheProductFails() {
    assertThat(Alarms.watched(service))
        .containsExactlyInAnyOrder(
            "AWS/Lambda/Errors",
            "AWS/Lambda/Errors",
            "AWS/Lambda/Errors",
            "AWS/Lambda/Duration",
            "AWS/Lambda/Duration",
            "AWS/Lambda/Duration",
            "AWS/Kinesis/GetRecords.IteratorAgeMilliseconds",
            "AWS/Kinesis/WriteProvisionedThroughputExceeded",
            "AWS/Kinesis/ReadProvisionedThroughputExceeded",
            "AWS/EventBridge/Pipes/ExecutionFailed",
            "AWS/EventBridge/Pipes/ExecutionPartiallyFailed",
            "AWS/States/ExecutionsFailed",
            "AWS/States/ExecutionsTimedOut",
            "AWS/SQS/ApproximateNumberOfMessagesVisible",
            "AWS/DynamoDB/ConsumedWriteCapacityUnits");
  }

  @Test
  void handlerDurationAlarms_watchTheP99() {
    service.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of("MetricName", "Duration", "ExtendedStatistic", "p99", "Threshold", 1000)));
  }

  @Test
  void everyHandler_isWatchedForErrorsAndItsP99Budget() {
    Map<String, Integer> budgets = new TreeMap<>();
    Resources.ofType(service, "AWS::CloudWatch::Alarm").values().stream()
        .map(Resources::properties)
        .filter(p -> "Duration".equals(p.get("MetricName")))
        .forEach(
            p ->
                budgets.put(
                    functionNamed(p.get("Dimensions")), ((Number) p.get("Threshold")).intValue()));
    assertThat(budgets)
        .isEqualTo(Map.of("VanityLookup", 1000, "DeepScore", 5000, "PersistAndCount", 20_000));
  }

  /** The handler, of the service's three, that the alarm's FunctionName dimension refers to. */
  private String functionNamed(Object dimensions) {
    ServiceStack stack = app.stacks.service();
    Map<String, JavaFunction> handlers =
        Map.of(
            "VanityLookup", stack.vanityLookup(),
            "DeepScore", stack.deepScore(),
            "PersistAndCount", stack.persistAndCount());
    Object functionName =
        ((List<?>) dimensions)
            .stream()
                .map(Resources::map)
                .filter(d -> "FunctionName".equals(d.get("Name")))
                .findFirst()
                .orElseThrow()
                .get("Value");
    return handlers.entrySet().stream()
        .filter(h -> Resources.refersTo(functionName, Resources.logicalId(h.getValue().function())))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyAlarm_notifiesTheEncryptedTopic() {
    String topic = Resources.logicalId(app.stacks.service().operations().alarmTopic());
    Alarms.assertEachNotifiesOnly(service, topic);
    assertThat(Resources.at(service.toJSON(), "Resources", topic, "Properties", "KmsMasterKeyId"))
        .isNotNull();
    service.hasResourceProperties(
        "AWS::SNS::Subscription",
        Map.of(
            "Protocol", "email",
            "Endpoint", "oncall@example.com",
            "TopicArn", Map.of("Ref", topic)));
  }

  /**
   * docs/deploy.md says the service stack is deleted on destroy: its one key (the topic's) goes
   * with it after KMS's shortest waiting period, not left behind at $1 a month per destroy.
   */
  @Test
  void alarmTopicKey_isScheduledForDeletion_withTheStack() {
    Object keyId =
        Resources.at(
            service.toJSON(),
            "Resources",
            Resources.logicalId(app.stacks.service().operations().alarmTopic()),
            "Properties",
            "KmsMasterKeyId");
    String key = (String) ((List<?>) Resources.map(keyId).get("Fn::GetAtt")).get(0);
    Map<String, Object> resource = Resources.ofType(service, "AWS::KMS::Key").get(key);
    assertThat(Resources.ofType(service, "AWS::KMS::Key")).hasSize(1);
    assertThat(resource)
        .containsEntry("DeletionPolicy", "Delete")
        .containsEntry("UpdateReplacePolicy", "Delete");
    assertThat(Resources.properties(resource))
        .containsEntry("PendingWindowInDays", 7)
        .containsEntry("EnableKeyRotation", true);
  }

  @Test
  void dashboard_showsEveryAlarm() {
    Map<String, Map<String, Object>> dashboards =
        Resources.ofType(service, "AWS::CloudWatch::Dashboard");
    assertThat(dashboards).hasSize(1);
    String body =
        Resources.flatten(
            Resources.properties(dashboards.values().iterator().next()).get("DashboardBody"));
    for (String alarm : Resources.ofType(service, "AWS::CloudWatch::Alarm").keySet()) {
      assertThat(body).contains(alarm);
    }
  }
}
