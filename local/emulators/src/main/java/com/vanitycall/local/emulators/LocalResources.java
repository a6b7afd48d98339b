package com.vanitycall.local.emulators;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * Creates the stream and tables of a local stack, as the CDK app defines them on AWS (keys, indexes
 * and TTL attribute; encryption and PITR are AWS-only). Creating what exists already is a no-op, so
 * a file-backed stack can be started again.
 */
public final class LocalResources {

  /** The TTL attribute of every table: epoch seconds after which DynamoDB deletes the item. */
  public static final String EXPIRES_AT = "expiresAt";

  private final DynamoDbClient dynamo;
  private final KinesisClient kinesis;

  public LocalResources(DynamoDbClient dynamo, KinesisClient kinesis) {
    this.dynamo = dynamo;
    this.kinesis = kinesis;
  }

  public void createAll(ResourceNames names, int shards) {
    createStream(names.callEventsStream(), shards);
    createTable(keyedBy(names.vanityCacheTable(), "number"));
    createTable(keyedBy(names.deadLettersTable(), "id"));
    createTable(
        keyedBy(names.analyticsTable(), "counter").toBuilder()
            .attributeDefinitions(string("counter"), string("subject"))
            .keySchema(key("counter", KeyType.HASH), key("subject", KeyType.RANGE))
            .build());
    createTable(
        keyedBy(names.callsTable(), "eventId").toBuilder()
            .streamSpecification(
                s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
            .attributeDefinitions(
                string("eventId"),
                string("callerNumber"),
                string("dayBucket"),
                string("receivedAt"))
            .globalSecondaryIndexes(
                index("byCaller", "callerNumber", "receivedAt"),
                index("byDay", "dayBucket", "receivedAt"))
            .build());
  }

  public void createStream(String name, int shards) {
    if (!kinesis.listStreams().streamNames().contains(name)) {
      kinesis.createStream(b -> b.streamName(name).shardCount(shards));
    }
    long giveUpAt = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (kinesis
            .describeStreamSummary(b -> b.streamName(name))
            .streamDescriptionSummary()
            .streamStatus()
        != StreamStatus.ACTIVE) {
      if (System.nanoTime() > giveUpAt) {
        throw new EmulatorStartException("stream " + name + " did not become ACTIVE in 10 s");
      }
      Thread.onSpinWait();
    }
  }

  private void createTable(CreateTableRequest request) {
    try {
      dynamo.createTable(request);
    } catch (ResourceInUseException alreadyThere) {
      return;
    }
    dynamo.updateTimeToLive(
        b ->
            b.tableName(request.tableName())
                .timeToLiveSpecification(t -> t.attributeName(EXPIRES_AT).enabled(true)));
  }

  private static CreateTableRequest keyedBy(String table, String partitionKey) {
    return CreateTableRequest.builder()
        .tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(string(partitionKey))
        .keySchema(key(partitionKey, KeyType.HASH))
        .build();
  }

  private static GlobalSecondaryIndex index(String name, String partitionKey, String sortKey) {
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(List.of(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE)))
        .projection(p -> p.projectionType(ProjectionType.ALL))
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }
}
