package com.vanitycall.local.stack;

import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.aws.schema.DeadLettersTable;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.MalformedCallEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Whether the call pipeline kept what it processed, read back from DynamoDB Local with strongly
 * consistent reads: a record the workflow processed left either its call record (keyed by its event
 * id; a replay's is there from before) or a dead letter {@code pipeline-<sequenceNumber>} (not a
 * call event, or refused for good).
 */
final class DynamoDbStoredCheck implements StoredCheck {

  /** BatchGetItem's limit of keys per request. */
  private static final int KEYS_PER_READ = 100;

  private final CallEventCodec codec = new CallEventCodec();
  private final DynamoDbClient dynamo;
  private final ResourceNames names;

  DynamoDbStoredCheck(DynamoDbClient dynamo, ResourceNames names) {
    this.dynamo = dynamo;
    this.names = names;
  }

  @Override
  public List<Record> notKept(String shardId, List<Record> processed) {
    Map<Record, String> eventIds = new LinkedHashMap<>();
    for (Record record : processed) {
      try {
        eventIds.put(
            record, codec.fromJson(record.data().asString(StandardCharsets.UTF_8)).eventId());
      } catch (MalformedCallEventException | java.io.UncheckedIOException notAnEvent) {
        eventIds.put(record, null);
      }
    }
    Set<String> calls =
        existing(
            names.callsTable(),
            CallsTable.EVENT_ID,
            eventIds.values().stream().filter(id -> id != null).distinct().toList());
    List<Record> noCall =
        processed.stream()
            .filter(r -> eventIds.get(r) == null || !calls.contains(eventIds.get(r)))
            .toList();
    Set<String> letters =
        existing(
            names.deadLettersTable(),
            DeadLettersTable.ID,
            noCall.stream().map(DynamoDbStoredCheck::letterId).toList());
    return noCall.stream().filter(r -> !letters.contains(letterId(r))).toList();
  }

  /** The id under which the pipeline dead-letters a record it cannot process. */
  private static String letterId(Record record) {
    return "pipeline-" + record.sequenceNumber();
  }

  private Set<String> existing(String table, String key, List<String> ids) {
    Set<String> found = new HashSet<>();
    for (int from = 0; from < ids.size(); from += KEYS_PER_READ) {
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      ids.subList(from, Math.min(ids.size(), from + KEYS_PER_READ))
          .forEach(id -> keys.add(Map.of(key, AttributeValue.fromS(id))));
      Map<String, KeysAndAttributes> request =
          Map.of(
              table,
              KeysAndAttributes.builder()
                  .keys(keys)
                  .consistentRead(true)
                  .projectionExpression("#k")
                  .expressionAttributeNames(Map.of("#k", key))
                  .build());
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> asked = request;
        var response =
            dynamo.batchGetItem(BatchGetItemRequest.builder().requestItems(asked).build());
        response
            .responses()
            .getOrDefault(table, List.of())
            .forEach(item -> found.add(item.get(key).s()));
        request = response.unprocessedKeys();
      }
    }
    return found;
  }
}
