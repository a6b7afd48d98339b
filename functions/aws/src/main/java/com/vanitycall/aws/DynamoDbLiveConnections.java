package com.vanitycall.aws;

import com.vanitycall.core.live.LiveConnections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The live feed's connections as a DynamoDB table: partition key {@code connectionId}, {@code
 * expiresAt} (epoch seconds, the table's TTL) for pages that never said goodbye. Listing them is a
 * scan: the table holds only the pages open right now.
 */
public final class DynamoDbLiveConnections implements LiveConnections {

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoDbLiveConnections(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void open(String connectionId, Instant expiresAt) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        "connectionId",
                        AttributeValue.fromS(connectionId),
                        "expiresAt",
                        DynamoDbVanityCache.numeric(expiresAt.getEpochSecond()))));
  }

  @Override
  public void close(String connectionId) {
    dynamo.deleteItem(
        b -> b.tableName(table).key(Map.of("connectionId", AttributeValue.fromS(connectionId))));
  }

  @Override
  public List<String> all() {
    List<String> open = new ArrayList<>();
    dynamo
        .scanPaginator(b -> b.tableName(table).projectionExpression("connectionId"))
        .items()
        .forEach(item -> open.add(item.get("connectionId").s()));
    return open;
  }
}
