package com.vanitycall.aws.ledger;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The counters of several calls added up, so that a transaction updates each counter item once:
 * DynamoDB refuses two operations on one item in a transaction, and every update of the day's item
 * is a write of a hot key.
 */
final class CounterTotals {

  /** Adds the calls counted to a counter item's {@code calls}. */
  private static final String ADD_CALLS = "ADD " + AnalyticsTable.CALLS + " :calls";

  private final Map<CounterKey, DayTotals> days = new TreeMap<>();
  private final Map<CounterKey, Long> callsByKey = new TreeMap<>();

  void add(CallCount count) {
    days.computeIfAbsent(count.day(), day -> new DayTotals()).add(count);
    callsByKey.merge(count.area(), 1L, Long::sum);
    callsByKey.merge(count.word(), 1L, Long::sum);
  }

  /** How many items these totals update. */
  int items() {
    return days.size() + callsByKey.size();
  }

  /** How many more items they would update with {@code count} added. */
  int newItems(CallCount count) {
    int area = callsByKey.containsKey(count.area()) ? 0 : 1;
    int word = callsByKey.containsKey(count.word()) ? 0 : 1;
    return (days.containsKey(count.day()) ? 0 : 1) + area + word;
  }

  /** One {@code ADD} update per counter item, on {@code table}. */
  List<TransactWriteItem> updates(String table) {
    List<TransactWriteItem> updates = new ArrayList<>();
    days.forEach((day, totals) -> updates.add(totals.update(table, day)));
    callsByKey.forEach(
        (key, calls) ->
            updates.add(update(table, key, ADD_CALLS, Map.of(), Map.of(":calls", numeric(calls)))));
    return updates;
  }

  private static TransactWriteItem update(
      String table,
      CounterKey key,
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    Update.Builder update =
        Update.builder()
            .tableName(table)
            .key(key.item())
            .updateExpression(expression)
            .expressionAttributeValues(values);
    if (!names.isEmpty()) {
      update.expressionAttributeNames(names);
    }
    return TransactWriteItem.builder().update(update.build()).build();
  }

  private static AttributeValue numeric(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /** A day's item: its calls, per hour, per caller status and per answer source. */
  private static final class DayTotals {
    private final Map<String, Long> byHour = new TreeMap<>();
    private final Map<CallerStatus, Long> byStatus = new HashMap<>();
    private final Map<VanitySource, Long> bySource = new HashMap<>();
    private long calls;

    void add(CallCount count) {
      calls++;
      byHour.merge(count.hour(), 1L, Long::sum);
      byStatus.merge(count.status(), 1L, Long::sum);
      bySource.merge(count.source(), 1L, Long::sum);
    }

    TransactWriteItem update(String table, CounterKey day) {
      StringBuilder expression = new StringBuilder(ADD_CALLS);
      Map<String, String> names = new HashMap<>();
      Map<String, AttributeValue> values = new HashMap<>();
      values.put(":calls", numeric(calls));
      byHour.forEach(
          (hour, hourCalls) -> {
            expression.append(", #").append(hour).append(" :").append(hour);
            names.put("#" + hour, hour);
            values.put(":" + hour, numeric(hourCalls));
          });
      for (CallerStatus status : CallerStatus.values()) {
        add(expression, values, AnalyticsTable.callsOf(status), byStatus.getOrDefault(status, 0L));
      }
      for (VanitySource source : VanitySource.values()) {
        add(expression, values, AnalyticsTable.callsOf(source), bySource.getOrDefault(source, 0L));
      }
      return CounterTotals.update(table, day, expression.toString(), names, values);
    }

    private static void add(
        StringBuilder expression, Map<String, AttributeValue> values, String name, long value) {
      expression.append(", ").append(name).append(" :").append(name);
      values.put(":" + name, numeric(value));
    }
  }
}
