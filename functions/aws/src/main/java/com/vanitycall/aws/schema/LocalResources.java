package com.vanitycall.aws.schema;

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
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * Creates the stream and tables of a local stack from the same {@link TableDesign}s the CDK app
 * deploys (keys, indexes, stream and TTL; encryption and PITR are AWS-only). The live connections'
 * table is not among them: the local server keeps its sockets in memory. Creating what exists
 * already is a no-op, so a file-backed stack can be started again.
 */
public final class LocalResources {

  private final DynamoDbClient dynamo;
  private final KinesisClient kinesis;

  public LocalResources(DynamoDbClient dynamo, KinesisClient kinesis) {
    this.dynamo = dynamo;
    this.kinesis = kinesis;
  }

  public void createAll(ResourceNames names, int shards) {
    createStream(names.callEventsStream(), shards);
    createTable(names.vanityCacheTable(), VanityCacheTable.DESIGN);
    createTable(names.deadLettersTable(), DeadLettersTable.DESIGN);
    createTable(names.analyticsTable(), AnalyticsTable.DESIGN);
    createTable(names.callsTable(), CallsTable.DESIGN);
  }

  /**
   * @throws ResourceNotReadyException if the stream is not ACTIVE within 10 s
   */
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
        throw new ResourceNotReadyException("stream " + name + " did not become ACTIVE in 10 s");
      }
      Thread.onSpinWait();
    }
  }

  /**
   * Creates the table unless it exists, then turns its TTL on unless it is: a table can exist
   * without it when its creation was retried (the first attempt timed out on a busy machine but
   * made the table) or the stack was stopped in between.
   */
  private void createTable(String name, TableDesign design) {
    try {
      dynamo.createTable(request(name, design));
    } catch (ResourceInUseException alreadyThere) {
      // made by an earlier start of a file-backed stack, or by an attempt that timed out
    }
    TimeToLiveStatus ttl =
        dynamo
            .describeTimeToLive(b -> b.tableName(name))
            .timeToLiveDescription()
            .timeToLiveStatus();
    if (ttl != TimeToLiveStatus.ENABLED && ttl != TimeToLiveStatus.ENABLING) {
      dynamo.updateTimeToLive(
          b ->
              b.tableName(name)
                  .timeToLiveSpecification(
                      t -> t.attributeName(design.timeToLive()).enabled(true)));
    }
  }

  /** The table's {@code CreateTable} request, as its design says. */
  private static CreateTableRequest request(String name, TableDesign design) {
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(name)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(
                design.keyAttributes().stream().map(LocalResources::string).toList())
            .keySchema(keySchema(design.partitionKey(), design.sortKey().orElse(null)));
    if (!design.indexes().isEmpty()) {
      request.globalSecondaryIndexes(design.indexes().stream().map(LocalResources::index).toList());
    }
    design.stream()
        .ifPresent(
            view ->
                request.streamSpecification(
                    s ->
                        s.streamEnabled(true).streamViewType(StreamViewType.valueOf(view.name()))));
    return request.build();
  }

  private static GlobalSecondaryIndex index(TableDesign.Index index) {
    return GlobalSecondaryIndex.builder()
        .indexName(index.name())
        .keySchema(keySchema(index.partitionKey(), index.sortKey()))
        .projection(p -> p.projectionType(ProjectionType.valueOf(index.projection().name())))
        .build();
  }

  private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
    KeySchemaElement hash =
        KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build();
    return sortKey == null
        ? List.of(hash)
        : List.of(
            hash, KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }
}
