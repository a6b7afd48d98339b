package com.vanitycall.aws;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.core.call.DayBucket;
import com.vanitycall.core.call.SortableTime;
import com.vanitycall.core.call.Traffic;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.CallQuery;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reads what the call pipeline stored (see {@code docs/data.md}): this caller's calls through the
 * {@code byCaller} index, calls in a time range and the last callers through the day-sharded {@code
 * byDay} index, and days' counters from the analytics table. Every read is a {@code GetItem}, a
 * {@code BatchGetItem} or a {@code Query} bounded by what was asked; none is a scan.
 */
public final class DynamoDbCallHistory implements CallHistory {

  /** The most items one query page returns: a page of the API never needs more. */
  private static final int PAGE = 200;

  /** Threads for parallel reads: daemons, so they never keep a process alive. */
  private static final int READERS = 8;

  private final DynamoDbClient dynamo;
  private final String callsTable;
  private final String analyticsTable;
  private final Set<Traffic> traffic;
  private final ExecutorService readers;

  /** Callers' calls: what the page and the default figures read. */
  public DynamoDbCallHistory(DynamoDbClient dynamo, String callsTable, String analyticsTable) {
    this(
        dynamo,
        callsTable,
        analyticsTable,
        EnumSet.of(Traffic.CALLERS),
        Executors.newFixedThreadPool(
            READERS,
            task -> {
              Thread thread = new Thread(task, "vanitycall-history-read");
              thread.setDaemon(true);
              return thread;
            }));
  }

  private DynamoDbCallHistory(
      DynamoDbClient dynamo,
      String callsTable,
      String analyticsTable,
      Set<Traffic> traffic,
      ExecutorService readers) {
    this.dynamo = dynamo;
    this.callsTable = callsTable;
    this.analyticsTable = analyticsTable;
    this.traffic = Set.copyOf(traffic);
    this.readers = readers;
  }

  @Override
  public DynamoDbCallHistory withSynthetic() {
    return new DynamoDbCallHistory(
        dynamo, callsTable, analyticsTable, EnumSet.allOf(Traffic.class), readers);
  }

  @Override
  public List<StoredCall> calls(CallQuery query) {
    return calls(query, traffic);
  }

  private List<StoredCall> calls(CallQuery query, Set<Traffic> read) {
    if (query.caller().isPresent()) {
      QueryRequest.Builder byCaller =
          QueryRequest.builder()
              .tableName(callsTable)
              .indexName(CallsTable.BY_CALLER)
              .keyConditionExpression(inRange(CallsTable.CALLER_NUMBER))
              .expressionAttributeValues(range(query, AttributeValue.fromS(query.caller().get())));
      if (!read.contains(Traffic.SYNTHETIC)) {
        byCaller
            .filterExpression("attribute_not_exists(#synthetic)")
            .expressionAttributeNames(Map.of("#synthetic", CallsTable.SYNTHETIC));
      }
      return newest(query, byCaller.build());
    }
    List<StoredCall> calls = new ArrayList<>();
    for (LocalDate day = dayOf(query.upTo());
        !day.isBefore(dayOf(query.from())) && calls.size() < query.limit();
        day = day.minusDays(1)) {
      List<StoredCall> ofDay = new ArrayList<>();
      for (DayBucket bucket : buckets(day, read)) {
        ofDay.addAll(
            newest(
                query,
                byDay()
                    .keyConditionExpression(inRange(CallsTable.DAY_BUCKET))
                    .expressionAttributeValues(range(query, AttributeValue.fromS(bucket.key())))
                    .build()));
      }
      ofDay.stream()
          .sorted(StoredCall.NEWEST_FIRST)
          .limit(query.limit() - calls.size())
          .forEach(calls::add);
    }
    return calls;
  }

  /** This caller's calls, newest first, at most {@code limit}. */
  public List<StoredCall> callsOf(String e164, int limit) {
    return calls(
        new CallQuery(Optional.of(e164), Instant.EPOCH, Instant.now(), Optional.empty(), limit));
  }

  /** The calls received in [{@code from}, {@code to}], oldest first. */
  public List<StoredCall> callsBetween(Instant from, Instant to) {
    List<StoredCall> newestFirst =
        calls(new CallQuery(Optional.empty(), from, to, Optional.empty(), Integer.MAX_VALUE));
    List<StoredCall> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  @Override
  public List<StoredCall> lastCalls(int n, LocalDate today, int days) {
    Instant end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    Instant start = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    return calls(
        new CallQuery(Optional.empty(), start, end, Optional.empty(), n),
        EnumSet.of(Traffic.CALLERS));
  }

  private static List<DayBucket> buckets(LocalDate day, Set<Traffic> read) {
    return read.stream().flatMap(kind -> DayBucket.all(day, kind).stream()).toList();
  }

  @Override
  public Optional<DayCounters> counters(LocalDate day) {
    return Optional.ofNullable(counters(day, day).get(day));
  }

  @Override
  public Map<LocalDate, DayCounters> counters(LocalDate from, LocalDate to) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (Traffic kind : traffic) {
        keys.add(key(DayCounters.counterOf(day, kind), DayCounters.SUBJECT));
      }
    }
    Map<LocalDate, DayCounters> counters = new HashMap<>();
    for (int start = 0; start < keys.size(); start += 100) {
      Map<String, KeysAndAttributes> pending =
          Map.of(
              analyticsTable,
              KeysAndAttributes.builder()
                  .keys(keys.subList(start, Math.min(keys.size(), start + 100)))
                  .consistentRead(true)
                  .build());
      while (!pending.isEmpty()) {
        var response =
            dynamo.batchGetItem(BatchGetItemRequest.builder().requestItems(pending).build());
        response.responses().getOrDefault(analyticsTable, List.of()).stream()
            .map(DynamoDbCallHistory::dayCounters)
            .forEach(day -> counters.merge(day.day(), day, DayCounters::plus));
        pending = response.unprocessedKeys();
      }
    }
    return counters;
  }

  @Override
  public Map<String, Long> countsBy(CounterDimension dimension, List<LocalDate> days) {
    Map<String, Long> counts = new HashMap<>();
    inParallel(
            days.stream()
                .<Supplier<Map<String, Long>>>map(day -> () -> countsOf(dimension, day))
                .toList())
        .forEach(ofDay -> ofDay.forEach((key, calls) -> counts.merge(key, calls, Long::sum)));
    return counts;
  }

  private Map<String, Long> countsOf(CounterDimension dimension, LocalDate day) {
    Map<String, Long> counts = new HashMap<>();
    traffic.forEach(kind -> countsOf(dimension.counterOf(day, kind), counts));
    return counts;
  }

  /** Adds one counter partition's counts to {@code counts}. */
  private void countsOf(String counter, Map<String, Long> counts) {
    dynamo
        .queryPaginator(
            b ->
                b.tableName(analyticsTable)
                    .keyConditionExpression("#counter = :counter")
                    .expressionAttributeNames(Map.of("#counter", AnalyticsTable.COUNTER))
                    .expressionAttributeValues(Map.of(":counter", AttributeValue.fromS(counter)))
                    .consistentRead(true))
        .items()
        .forEach(
            item ->
                counts.merge(
                    item.get(AnalyticsTable.SUBJECT).s(),
                    count(item, AnalyticsTable.CALLS),
                    Long::sum));
  }

  /**
   * Runs independent reads at once (a day's eight buckets, a range's days): each waits on the
   * network, not on this process.
   */
  private <T> List<T> inParallel(List<Supplier<T>> reads) {
    if (reads.size() < 2) {
      return reads.stream().map(Supplier::get).toList();
    }
    List<CompletableFuture<T>> running =
        reads.stream().map(read -> CompletableFuture.supplyAsync(read, readers)).toList();
    try {
      return running.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The newest calls a query's page can hold, from one index partition. */
  private List<StoredCall> newest(CallQuery query, QueryRequest request) {
    return dynamo
        .queryPaginator(
            request.toBuilder()
                .scanIndexForward(false)
                .limit(Math.min(PAGE, query.limit()))
                .build())
        .items()
        .stream()
        .map(StoredCallItem::read)
        .filter(call -> query.admits(call.position()))
        .limit(query.limit())
        .toList();
  }

  /**
   * A key condition: {@code partitionKey} is {@code :key}, received in [{@code :from}, {@code
   * :to}].
   */
  private static String inRange(String partitionKey) {
    return partitionKey + " = :key AND " + CallsTable.RECEIVED_AT + " BETWEEN :from AND :to";
  }

  private static Map<String, AttributeValue> range(CallQuery query, AttributeValue key) {
    return Map.of(
        ":key", key,
        ":from", AttributeValue.fromS(SortableTime.format(query.from())),
        ":to", AttributeValue.fromS(SortableTime.format(query.upTo())));
  }

  private QueryRequest.Builder byDay() {
    return QueryRequest.builder().tableName(callsTable).indexName(CallsTable.BY_DAY);
  }

  private static Map<String, AttributeValue> key(String counter, String subject) {
    return Map.of(
        AnalyticsTable.COUNTER,
        AttributeValue.fromS(counter),
        AnalyticsTable.SUBJECT,
        AttributeValue.fromS(subject));
  }

  /** The day of a day counter's key, {@code day#2026-11-22} or {@code synthetic#day#2026-11-22}. */
  private static LocalDate dayOfCounter(String counter) {
    return LocalDate.parse(
        Traffic.ofKey(counter).unprefixed(counter).substring(DayCounters.COUNTER_PREFIX.length()));
  }

  private static DayCounters dayCounters(Map<String, AttributeValue> item) {
    Map<Integer, Long> byHour = new HashMap<>();
    item.forEach(
        (name, value) ->
            AnalyticsTable.hourOf(name)
                .ifPresent(hour -> byHour.put(hour, Long.parseLong(value.n()))));
    return new DayCounters(
        dayOfCounter(item.get(AnalyticsTable.COUNTER).s()),
        count(item, AnalyticsTable.CALLS),
        byHour,
        count(item, AnalyticsTable.callsOf(CallerStatus.VALID)),
        count(item, AnalyticsTable.callsOf(CallerStatus.WITHHELD)),
        count(item, AnalyticsTable.callsOf(CallerStatus.INVALID)),
        count(item, AnalyticsTable.callsOf(VanitySource.CACHE)),
        count(item, AnalyticsTable.callsOf(VanitySource.QUICK)),
        count(item, AnalyticsTable.callsOf(VanitySource.FALLBACK)));
  }

  private static long count(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
