package com.vanitycall.aws.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.KinesisEmulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** The local stack's stream and tables on the real emulators, against the shared designs. */
class LocalResourcesIT {

  @Test
  void localResources_createAll_twice_leavesOneStreamAndFourTables() {
    onFreshEmulators(
        (dynamo, kinesis) -> {
          var resources = new LocalResources(dynamo, kinesis);
          ResourceNames names = ResourceNames.prefixed("t1");
          resources.createAll(names, 2);
          resources.createAll(names, 2);

          assertThat(dynamo.listTables().tableNames())
              .containsExactlyInAnyOrder(
                  names.vanityCacheTable(),
                  names.callsTable(),
                  names.analyticsTable(),
                  names.deadLettersTable());
          assertThat(kinesis.listStreams().streamNames()).containsExactly(names.callEventsStream());
          assertThat(kinesis.listShards(b -> b.streamName(names.callEventsStream())).shards())
              .hasSize(2);
          var calls = dynamo.describeTable(b -> b.tableName(names.callsTable())).table();
          assertThat(calls.globalSecondaryIndexes())
              .extracting(i -> i.indexName())
              .containsExactlyInAnyOrder("byCaller", "byDay");
          assertThat(
                  dynamo
                      .describeTimeToLive(b -> b.tableName(names.callsTable()))
                      .timeToLiveDescription()
                      .attributeName())
              .isEqualTo(TableDesign.EXPIRES_AT);
        });
  }

  @Test
  void everyLocalTable_hasTheKeysIndexesStreamAndTtlOfItsDesign() {
    onFreshEmulators(
        (dynamo, kinesis) -> {
          ResourceNames names = ResourceNames.prefixed("designs");
          new LocalResources(dynamo, kinesis).createAll(names, 1);

          Map<String, TableDesign> designs =
              Map.of(
                  names.vanityCacheTable(), VanityCacheTable.DESIGN,
                  names.callsTable(), CallsTable.DESIGN,
                  names.analyticsTable(), AnalyticsTable.DESIGN,
                  names.deadLettersTable(), DeadLettersTable.DESIGN);
          designs.forEach(
              (table, design) -> assertThat(created(dynamo, table)).as(table).isEqualTo(design));
        });
  }

  /** What DynamoDB Local says it made, read back as a design; every key attribute a string. */
  private static TableDesign created(DynamoDbClient dynamo, String table) {
    TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
    assertThat(description.attributeDefinitions())
        .as(table)
        .extracting(AttributeDefinition::attributeType)
        .containsOnly(ScalarAttributeType.S);
    String ttl =
        dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription().attributeName();
    return new TableDesign(
        key(description.keySchema(), KeyType.HASH).orElseThrow(),
        key(description.keySchema(), KeyType.RANGE),
        description.globalSecondaryIndexes().stream().map(LocalResourcesIT::index).toList(),
        Optional.ofNullable(description.streamSpecification())
            .filter(stream -> Boolean.TRUE.equals(stream.streamEnabled()))
            .map(stream -> TableDesign.StreamView.valueOf(stream.streamViewTypeAsString())),
        ttl);
  }

  private static TableDesign.Index index(GlobalSecondaryIndexDescription index) {
    return new TableDesign.Index(
        index.indexName(),
        key(index.keySchema(), KeyType.HASH).orElseThrow(),
        key(index.keySchema(), KeyType.RANGE).orElseThrow(),
        TableDesign.Projection.valueOf(index.projection().projectionTypeAsString()));
  }

  private static Optional<String> key(List<KeySchemaElement> keys, KeyType type) {
    return keys.stream()
        .filter(key -> key.keyType() == type)
        .map(KeySchemaElement::attributeName)
        .findFirst();
  }

  /** Runs a test on emulators of its own, stopped when it ends, pass or fail. */
  private static void onFreshEmulators(BiConsumer<DynamoDbClient, KinesisClient> test) {
    try (DynamoDbLocal dynamoDbLocal = DynamoDbLocal.inMemory();
        KinesisEmulator kinesisEmulator = KinesisEmulator.inMemory();
        AwsClients clients =
            new AwsClients(
                Region.US_EAST_1,
                Optional.of(dynamoDbLocal.endpoint()),
                Optional.of(kinesisEmulator.endpoint()))) {
      test.accept(
          clients.dynamoDb(CallBudget.inBackground()), clients.kinesis(CallBudget.inBackground()));
    }
  }
}
