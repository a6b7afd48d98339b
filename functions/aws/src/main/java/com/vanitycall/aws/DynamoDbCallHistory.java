package com.vanitycall.aws;

import com.vanitycall.core.call.DayBucket;
import com.vanitycall.core.call.SortableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads what the call pipeline stored (see {@code docs/data.md}): this caller's calls through the
 * {@code byCaller} index, calls in a time range and the last callers through the day-sharded {@code
 * byDay} index, and a day's counters from the analytics table.
 */
public final class DynamoDbCallHistory {

  private final DynamoDbClient dynamo;
  private final String callsTable;
  private final String analyticsTable;

  public DynamoDbCallHistory(DynamoDbClient dynamo, String callsTable, String analyticsTable) {
    this.dynamo = dynamo;
    this.callsTable = callsTable;
    this.analyticsTable = analyticsTable;
  }

  /** This caller's calls, newest first, at most {@code limit}. */
  public List<StoredCall> callsOf(String e164, int limit) {
    return dynamo
        .query(
            b ->
                b.tableName(callsTable)
                    .indexName("byCaller")
                    .keyConditionExpression("callerNumber = :number")
                    .expressionAttributeValues(Map.of(":number", AttributeValue.fromS(e164)))
                    .scanIndexForward(false)
                    .limit(limit))
        .items()
        .stream()
        .map(StoredCall::fromItem)
        .toList();
  }

  /** The calls received in [{@code from}, {@code to}], oldest first. */
  public List<StoredCall> callsBetween(Instant from, Instant to) {
    List<StoredCall> calls = new ArrayList<>();
    for (LocalDate day = dayOf(from); !day.isAfter(dayOf(to)); day = day.plusDays(1)) {
      for (DayBucket bucket : DayBucket.all(day)) {
        dynamo
            .queryPaginator(
                byDay()
                    .keyConditionExpression(
                        "dayBucket = :bucket AND receivedAt BETWEEN :from AND :to")
                    .expressionAttributeValues(
                        Map.of(
                            ":bucket", AttributeValue.fromS(bucket.key()),
                            ":from", AttributeValue.fromS(SortableTime.format(from)),
                            ":to", AttributeValue.fromS(SortableTime.format(to))))
                    .build())
            .items()
            .forEach(item -> calls.add(StoredCall.fromItem(item)));
      }
    }
    calls.sort(Comparator.comparing(StoredCall::receivedAt));
    return calls;
  }

  /**
   * The last {@code n} calls, newest first, looking back from {@code today} over at most {@code
   * days} days: per day, the newest {@code n} of each bucket, merged.
   */
  public List<StoredCall> lastCalls(int n, LocalDate today, int days) {
    List<StoredCall> calls = new ArrayList<>();
    for (LocalDate day = today; calls.size() < n && day.isAfter(today.minusDays(days)); ) {
      for (DayBucket bucket : DayBucket.all(day)) {
        dynamo
            .query(
                byDay()
                    .keyConditionExpression("dayBucket = :bucket")
                    .expressionAttributeValues(
                        Map.of(":bucket", AttributeValue.fromS(bucket.key())))
                    .scanIndexForward(false)
                    .limit(n)
                    .build())
            .items()
            .forEach(item -> calls.add(StoredCall.fromItem(item)));
      }
      day = day.minusDays(1);
    }
    return calls.stream()
        .sorted(Comparator.comparing(StoredCall::receivedAt).reversed())
        .limit(n)
        .toList();
  }

  /** The day's counters, if any call was counted that day. */
  public Optional<DayCounters> counters(LocalDate day) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(analyticsTable)
                        .key(Map.of("counter", AttributeValue.fromS("day#" + day)))
                        .consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Long> byHour = new HashMap<>();
    item.forEach(
        (name, value) -> {
          if (name.matches("hour\\d\\d")) {
            byHour.put(Integer.parseInt(name.substring(4)), Long.parseLong(value.n()));
          }
        });
    return Optional.of(
        new DayCounters(
            day,
            count(item, "calls"),
            byHour,
            count(item, "valid"),
            count(item, "withheld"),
            count(item, "invalid"),
            count(item, "answeredFromCache"),
            count(item, "answeredQuick"),
            count(item, "answeredFallback")));
  }

  /**
   * A day's calls per area code ({@code dimension} {@code area}, keys like {@code 1800} or {@code
   * none}) or per headline word ({@code word}): a filtered scan of the counters.
   */
  public Map<String, Long> countsBy(String dimension, LocalDate day) {
    String prefix = dimension + "#" + day + "#";
    Map<String, Long> counts = new HashMap<>();
    dynamo
        .scanPaginator(
            b ->
                b.tableName(analyticsTable)
                    .filterExpression("begins_with(#counter, :prefix)")
                    .expressionAttributeNames(Map.of("#counter", "counter"))
                    .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(prefix)))
                    .consistentRead(true))
        .items()
        .forEach(
            item ->
                counts.put(
                    item.get("counter").s().substring(prefix.length()), count(item, "calls")));
    return counts;
  }

  private QueryRequest.Builder byDay() {
    return QueryRequest.builder().tableName(callsTable).indexName("byDay");
  }

  private static long count(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
