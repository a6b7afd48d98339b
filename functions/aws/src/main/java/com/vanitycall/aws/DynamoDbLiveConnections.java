package com.vanitycall.aws;

import com.vanitycall.aws.schema.LiveConnectionsTable;
import com.vanitycall.core.live.LiveConnections;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The pages connected to the WebSocket API, one item per connection ({@code connectionId}, TTL
 * {@code expiresAt}). Listing them is a scan of this small table: every broadcast goes to every
 * connection, and the table holds only the open ones (see docs/adr/1101-live-feed.md).
 */
public final class DynamoDbLiveConnections implements LiveConnections {

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoDbLiveConnections(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void add(String connectionId, Instant expiresAt) {
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(
                    Map.of(
                        LiveConnectionsTable.CONNECTION_ID, AttributeValue.fromS(connectionId),
                        LiveConnectionsTable.EXPIRES_AT,
                            AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())))));
  }

  @Override
  public void remove(String connectionId) {
    dynamo.deleteItem(
        b ->
            b.tableName(table)
                .key(
                    Map.of(
                        LiveConnectionsTable.CONNECTION_ID, AttributeValue.fromS(connectionId))));
  }

  @Override
  public List<String> open() {
    long now = Instant.now().getEpochSecond();
    return dynamo
        .scanPaginator(
            b ->
                b.tableName(table)
                    .projectionExpression(
                        LiveConnectionsTable.CONNECTION_ID
                            + ", "
                            + LiveConnectionsTable.EXPIRES_AT))
        .items()
        .stream()
        .filter(item -> Long.parseLong(item.get(LiveConnectionsTable.EXPIRES_AT).n()) > now)
        .map(item -> item.get(LiveConnectionsTable.CONNECTION_ID).s())
        .toList();
  }
}
