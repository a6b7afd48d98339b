package com.vanitycall.local.stack;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Checkpoints in a small DynamoDB Local table next to the stack's own tables, so that they are kept
 * exactly as long as the data they describe: in memory with an in-memory stack, on disk with a
 * file-backed one. Local only: on AWS, EventBridge Pipes keeps its own.
 */
final class DynamoDbCheckpoints implements Checkpoints {

  private static final String SHARD_ID = "shardId";
  private static final String SEQUENCE_NUMBER = "sequenceNumber";

  private final DynamoDbClient dynamo;
  private final String table;

  private DynamoDbCheckpoints(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  /** Opens the checkpoints of the pipe reading {@code stream}, creating their table if needed. */
  static DynamoDbCheckpoints forStream(DynamoDbClient dynamo, String stream) {
    String table = stream + "-pipe-checkpoints";
    try {
      dynamo.createTable(
          b ->
              b.tableName(table)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      a -> a.attributeName(SHARD_ID).attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName(SHARD_ID).keyType(KeyType.HASH)));
    } catch (ResourceInUseException alreadyThere) {
      // a file-backed stack started before: its checkpoints are what a restart resumes from
    }
    return new DynamoDbCheckpoints(dynamo, table);
  }

  @Override
  public Optional<String> lastDone(String shardId) {
    Map<String, AttributeValue> item =
        dynamo.getItem(b -> b.tableName(table).key(key(shardId)).consistentRead(true)).item();
    return item == null || !item.containsKey(SEQUENCE_NUMBER)
        ? Optional.empty()
        : Optional.of(item.get(SEQUENCE_NUMBER).s());
  }

  @Override
  public void save(String shardId, String sequenceNumber) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        SHARD_ID, AttributeValue.fromS(shardId),
                        SEQUENCE_NUMBER, AttributeValue.fromS(sequenceNumber))));
  }

  private static Map<String, AttributeValue> key(String shardId) {
    return Map.of(SHARD_ID, AttributeValue.fromS(shardId));
  }
}
