package com.vanitycall.local.stack;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.history.DayCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * What the pipeline stored on a local stack, read back whole (the local tables are small): for the
 * demo, the load harness and end-to-end tests.
 */
public record StoredData(DynamoDbClient dynamo, ResourceNames names) {

  public List<Map<String, AttributeValue>> calls() {
    return scan(names.callsTable());
  }

  public List<Map<String, AttributeValue>> cache() {
    return scan(names.vanityCacheTable());
  }

  public List<Map<String, AttributeValue>> analytics() {
    return scan(names.analyticsTable());
  }

  public List<Map<String, AttributeValue>> deadLetters() {
    return scan(names.deadLettersTable());
  }

  /** The sum of the {@code calls} counters of every day: each call processed is counted once. */
  public long countedCalls() {
    return analytics().stream()
        .filter(item -> item.get(AnalyticsTable.COUNTER).s().startsWith(DayCounters.COUNTER_PREFIX))
        .mapToLong(
            item ->
                Long.parseLong(
                    item.getOrDefault(AnalyticsTable.CALLS, AttributeValue.fromN("0")).n()))
        .sum();
  }

  /** Every item of a table, with strongly consistent reads. */
  public List<Map<String, AttributeValue>> scan(String table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
        .items()
        .forEach(items::add);
    return items;
  }
}
