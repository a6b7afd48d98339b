package com.vanitycall.local.stack;

import com.vanitycall.local.emulators.ResourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Reads what the pipeline stored on a local stack, for end-to-end assertions. */
record StackProbe(DynamoDbClient dynamo, ResourceNames names) {

  int callRecords() {
    return scan(names.callsTable()).size();
  }

  /** The sum of the {@code calls} counters of every day: each call counted once. */
  long countedCalls() {
    return scan(names.analyticsTable()).stream()
        .filter(item -> item.get("counter").s().startsWith("day#"))
        .mapToLong(
            item -> Long.parseLong(item.getOrDefault("calls", AttributeValue.fromN("0")).n()))
        .sum();
  }

  List<Map<String, AttributeValue>> deadLetters() {
    return scan(names.deadLettersTable());
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
          scan(table).stream().map(item -> new TreeMap<>(item).toString()).sorted().toList());
    }
    return tables;
  }

  private List<Map<String, AttributeValue>> scan(String table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
        .items()
        .forEach(items::add);
    return items;
  }
}
