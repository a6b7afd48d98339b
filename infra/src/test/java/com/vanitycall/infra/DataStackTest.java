package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {
  private final Template data = SynthesizedApp.get().data;

  @Test
  void everyTable_isOnDemandEncryptedWithTheKeyRecoverableAndExpiring() {
    Map<String, Map<String, Object>> tables = Resources.ofType(data, "AWS::DynamoDB::Table");
    assertThat(tables).hasSize(5);
    String keyId = onlyKeyId();
    tables.forEach(
        (id, table) -> {
          Map<String, Object> props = Resources.properties(table);
          assertThat(props.get("BillingMode")).as(id).isEqualTo("PAY_PER_REQUEST");
          assertThat(props.get("SSESpecification"))
              .as(id)
              .isEqualTo(
                  Map.of(
                      "SSEEnabled",
                      true,
                      "SSEType",
                      "KMS",
                      "KMSMasterKeyId",
                      Map.of("Fn::GetAtt", List.of(keyId, "Arn"))));
          assertThat(props.get("PointInTimeRecoverySpecification"))
              .as(id)
              .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
          assertThat(props.get("DeletionProtectionEnabled")).as(id).isEqualTo(true);
          assertThat(props.get("TimeToLiveSpecification"))
              .as(id)
              .isEqualTo(Map.of("AttributeName", "expiresAt", "Enabled", true));
        });
  }

  @Test
  void everyStatefulResource_isRetainedWhenTheStackIsDeleted() {
    for (String type :
        List.of(
            "AWS::DynamoDB::Table", "AWS::Kinesis::Stream", "AWS::SQS::Queue", "AWS::KMS::Key")) {
      assertThat(Resources.ofType(data, type)).as(type).isNotEmpty();
      Resources.ofType(data, type)
          .forEach(
              (id, resource) -> {
                assertThat(resource.get("DeletionPolicy")).as(id).isEqualTo("Retain");
                assertThat(resource.get("UpdateReplacePolicy")).as(id).isEqualTo("Retain");
              });
    }
  }

  @Test
  void tables_haveTheKeysAndIndexesTheCodeQueries() {
    data.hasResourceProperties(
        "AWS::DynamoDB::Table", Match.objectLike(Map.of("KeySchema", List.of(hash("number")))));
    data.hasResourceProperties(
        "AWS::DynamoDB::Table", Match.objectLike(Map.of("KeySchema", List.of(hash("id")))));
    data.hasResourceProperties(
        "AWS::DynamoDB::Table",
        Match.objectLike(Map.of("KeySchema", List.of(hash("counter"), range("subject")))));
    data.hasResourceProperties(
        "AWS::DynamoDB::Table",
        Match.objectLike(Map.of("KeySchema", List.of(hash("connectionId")))));
    data.hasResourceProperties(
        "AWS::DynamoDB::Table",
        Match.objectLike(
            Map.of(
                "KeySchema",
                List.of(hash("eventId")),
                "GlobalSecondaryIndexes",
                Match.arrayWith(
                    List.of(
                        Match.objectLike(
                            Map.of(
                                "IndexName",
                                "byCaller",
                                "KeySchema",
                                List.of(hash("callerNumber"), range("receivedAt")))),
                        Match.objectLike(
                            Map.of(
                                "IndexName",
                                "byDay",
                                "KeySchema",
                                List.of(hash("dayBucket"), range("receivedAt")))))))));
  }

  @Test
  void callsTable_streamsEachNewRecord_toTheLiveFeed_andNoOtherTableStreams() {
    assertThat(
            Resources.ofType(data, "AWS::DynamoDB::Table").values().stream()
                .map(Resources::properties)
                .filter(table -> table.containsKey("StreamSpecification")))
        .singleElement()
        .satisfies(
            calls -> {
              assertThat(calls.get("KeySchema")).isEqualTo(List.of(hash("eventId")));
              assertThat(calls.get("StreamSpecification"))
                  .isEqualTo(Map.of("StreamViewType", "NEW_IMAGE"));
            });
  }

  @Test
  void callEventStream_isOnDemandAndEncryptedWithTheKey() {
    data.hasResourceProperties(
        "AWS::Kinesis::Stream",
        Map.of(
            "StreamModeDetails", Map.of("StreamMode", "ON_DEMAND"),
            "StreamEncryption",
                Map.of(
                    "EncryptionType",
                    "KMS",
                    "KeyId",
                    Map.of("Fn::GetAtt", List.of(onlyKeyId(), "Arn"))),
            "RetentionPeriodHours", 24));
  }

  @Test
  void pipeDeadLetterQueue_isEncryptedKeptForTwoWeeksAndRefusesPlainHttp() {
    data.hasResourceProperties(
        "AWS::SQS::Queue",
        Map.of(
            "KmsMasterKeyId",
            Map.of("Fn::GetAtt", List.of(onlyKeyId(), "Arn")),
            "MessageRetentionPeriod",
            14 * 24 * 3600));
    data.hasResourceProperties(
        "AWS::SQS::QueuePolicy",
        Match.objectLike(
            Map.of(
                "PolicyDocument",
                Match.objectLike(
                    Map.of(
                        "Statement",
                        Match.arrayWith(
                            List.of(
                                Match.objectLike(
                                    Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of(
                                            "Bool",
                                            Map.of("aws:SecureTransport", "false")))))))))));
  }

  @Test
  void dataKey_rotates() {
    data.hasResourceProperties(
        "AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
  }

  @Test
  void devContext_destroysTheDataWithTheStack() {
    App app =
        App.Builder.create()
            .context(
                Map.of(
                    DeploymentSettings.REPO_ROOT,
                    SynthesizedApp.REPO_ROOT.toString(),
                    DeploymentSettings.DEV,
                    "true"))
            .build();
    DeploymentSettings settings = DeploymentSettings.from(app.getNode());
    Template dev =
        Template.fromStack(new DataStack(app, "Dev", StackProps.builder().build(), settings));

    Resources.ofType(dev, "AWS::DynamoDB::Table")
        .forEach(
            (id, table) -> {
              assertThat(table.get("DeletionPolicy")).as(id).isEqualTo("Delete");
              assertThat(Resources.at(table, "Properties", "DeletionProtectionEnabled"))
                  .as(id)
                  .isEqualTo(false);
            });
    assertThat(Resources.ofType(dev, "AWS::Kinesis::Stream").values())
        .allSatisfy(stream -> assertThat(stream.get("DeletionPolicy")).isEqualTo("Delete"));
  }

  private String onlyKeyId() {
    Map<String, Map<String, Object>> keys = Resources.ofType(data, "AWS::KMS::Key");
    assertThat(keys).hasSize(1);
    return keys.keySet().iterator().next();
  }

  private static Map<String, String> hash(String attribute) {
    return Map.of("AttributeName", attribute, "KeyType", "HASH");
  }

  private static Map<String, String> range(String attribute) {
    return Map.of("AttributeName", attribute, "KeyType", "RANGE");
  }
}
