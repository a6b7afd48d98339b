package com.vanitycall.local.stack;

import com.vanitycall.aws.schema.ResourceNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads what the pipeline stored on a local stack, for end-to-end assertions. */
record StackProbe(DynamoDbClient dynamo, ResourceNames names) {

  private StoredData stored() {
    return new StoredData(dynamo, names);
  }

  int callRecords() {
    return stored().calls().size();
  }

  long countedCalls() {
    return stored().countedCalls();
  }

  List<Map<String, AttributeValue>> deadLetters() {
    return stored().deadLetters();
  }

  Map<String, AttributeValue> callRecord(String eventId) {
    return dynamo
        .getItem(
            b ->
                b.tableName(names.callsTable())
                    .key(Map.of("eventId", AttributeValue.fromS(eventId)))
                    .consistentRead(true))
        .item();
  }

  /** Every item of the calls, cache, analytics and dead-letter tables, in a stable order. */
  Map<String, List<String>> everyTable() {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table :
        List.of(
            names.callsTable(),
            names.vanityCacheTable(),
            names.analyticsTable(),
            names.deadLettersTable())) {
      tables.put(
          table,
          stored().scan(table).stream()
              .map(item -> new TreeMap<>(item).toString())
              .sorted()
              .toList());
    }
    return tables;
  }
}
