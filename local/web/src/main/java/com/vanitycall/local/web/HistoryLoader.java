package com.vanitycall.local.web;

import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.core.vanity.WorthSaying;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Writes a call history the way the pipeline does: each call scored by an engine (each number
 * once), then persisted and counted by the pipeline's own ledger ({@link DynamoDbCallLedger}), in
 * batches like the pipe's. For the API's tests and benchmark, which need a history without waiting
 * for the whole pipeline.
 */
public final class HistoryLoader {

  private static final int BATCH = 100;

  private final CallLedger ledger;
  private final VanityEngine engine;
  private final WorthSaying worthSaying;
  private final CallerNumberParser parser = new CallerNumberParser();
  private final Map<String, List<Vanity>> scored = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  public HistoryLoader(DynamoDbClient dynamo, ResourceNames names, VanityEngine engine) {
    Clock clock = Clock.systemUTC();
    this.engine = engine;
    this.worthSaying = engine.worthSaying();
    this.ledger =
        new DynamoDbCallLedger(
            dynamo,
            names.callsTable(),
            names.analyticsTable(),
            Duration.ofDays(90),
            new DynamoDbDeadLetters(dynamo, names.deadLettersTable(), Duration.ofDays(14), clock),
            clock);
  }

  /** Scores and writes these calls; returns how many could not be written. */
  public int write(List<CallEvent> events) {
    List<ScoredCall> records = new ArrayList<>();
    for (CallEvent event : events) {
      List<Vanity> best = best(event);
      records.add(record(event, best, worthSaying.of(best)));
    }
    return persist(records);
  }

  /**
   * Writes one call whose deep best five are given as they are, all taken as worth saying (e.g.
   * words no dictionary has, for what the page must show as text).
   */
  public int write(CallEvent event, List<Vanity> best) {
    return persist(List.of(record(event, best, best)));
  }

  private int persist(List<ScoredCall> records) {
    int failed = 0;
    for (int start = 0; start < records.size(); start += BATCH) {
      failed +=
          ledger.persist(records.subList(start, Math.min(records.size(), start + BATCH))).size();
    }
    return failed;
  }

  private List<Vanity> best(CallEvent event) {
    if (event.callerNumber() == null
        || !(parser.parse(event.callerNumber()) instanceof CallerNumber.Valid valid)) {
      return List.of();
    }
    return scored.computeIfAbsent(
        valid.phoneNumber().e164(), n -> engine.best(valid.phoneNumber()));
  }

  private ScoredCall record(CallEvent event, List<Vanity> best, List<Vanity> worthSaying) {
    String sequenceNumber = "load-" + sequence.incrementAndGet();
    return new ScoredCall(
        "shardId-000000000000:" + sequenceNumber,
        sequenceNumber,
        event,
        best,
        worthSaying,
        engine.dictionaryVersion());
  }
}
