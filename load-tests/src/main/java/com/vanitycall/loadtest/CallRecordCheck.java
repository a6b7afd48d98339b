package com.vanitycall.loadtest;

import com.vanitycall.aws.schema.CallsTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Reads back the calls table: which of the given event ids have no call record. */
final class CallRecordCheck {

  private static final int KEYS_PER_CALL = 100;

  private final DynamoDbClient dynamo;
  private final String callsTable;

  CallRecordCheck(DynamoDbClient dynamo, String callsTable) {
    this.dynamo = dynamo;
    this.callsTable = callsTable;
  }

  Set<String> missing(Collection<String> eventIds) {
    Set<String> missing = new HashSet<>(eventIds);
    List<String> all = new ArrayList<>(eventIds);
    for (int from = 0; from < all.size(); from += KEYS_PER_CALL) {
      List<Map<String, AttributeValue>> keys =
          all.subList(from, Math.min(all.size(), from + KEYS_PER_CALL)).stream()
              .map(id -> Map.of(CallsTable.EVENT_ID, AttributeValue.fromS(id)))
              .toList();
      Map<String, KeysAndAttributes> request =
          Map.of(
              callsTable,
              KeysAndAttributes.builder()
                  .keys(keys)
                  .projectionExpression(CallsTable.EVENT_ID)
                  .build());
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> asked = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
        response
            .responses()
            .getOrDefault(callsTable, List.of())
            .forEach(item -> missing.remove(item.get(CallsTable.EVENT_ID).s()));
        request = response.unprocessedKeys();
      }
    }
    return missing;
  }
}
