package com.vanitycall.aws.ledger;

import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.ScoredCall;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The {@link CallLedger} on DynamoDB: persists and counts calls exactly once, in as few
 * transactions as DynamoDB allows: each {@link WriteChunk} writes its calls' records (each on
 * condition that it is not there yet: the record is the processed-event marker) and their counters
 * added up, all or nothing.
 *
 * <p>A cancelled transaction says why, item by item. A call whose record exists was persisted and
 * counted before (a replay): it is dropped and the rest written again at once. A conflict or
 * throttling is tried again after a random pause, a few times; then its calls are reported so that
 * the pipe retries them. A call DynamoDB refuses for good (a validation error) is written on its
 * own so that only it fails, and dead-lettered with the reason.
 */
public final class DynamoDbCallLedger implements CallLedger {

  private static final Logger LOG = LogManager.getLogger(DynamoDbCallLedger.class);

  /** Writes of one chunk before its calls are reported for retry (replays dropped do not count). */
  static final int MAX_ATTEMPTS = 5;

  private static final String REPLAYED = "ConditionalCheckFailed";
  private static final String REFUSED = "ValidationError";

  private final DynamoDbClient dynamo;
  private final String callsTable;
  private final String analyticsTable;
  private final Duration callerTtl;
  private final DeadLetters deadLetters;
  private final Clock clock;
  private final CallEventCodec codec = new CallEventCodec();

  /**
   * @param callerTtl how long a call's item, which holds the caller's number, is kept ({@code
   *     CALLER_TTL_DAYS})
   * @param deadLetters where a call DynamoDB refuses for good is kept for an operator
   */
  public DynamoDbCallLedger(
      DynamoDbClient dynamo,
      String callsTable,
      String analyticsTable,
      Duration callerTtl,
      DeadLetters deadLetters,
      Clock clock) {
    this.dynamo = dynamo;
    this.callsTable = callsTable;
    this.analyticsTable = analyticsTable;
    this.callerTtl = callerTtl;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  @Override
  public List<String> persist(List<ScoredCall> calls) {
    Map<String, LedgerEntry> firstOfEachEvent = new LinkedHashMap<>();
    calls.forEach(
        call ->
            firstOfEachEvent.computeIfAbsent(
                call.eventId(), id -> LedgerEntry.of(call, callerTtl)));
    List<String> failed = new ArrayList<>();
    for (WriteChunk chunk : WriteChunk.plan(firstOfEachEvent.values())) {
      failed.addAll(write(chunk));
    }
    return failed;
  }

  private List<String> write(WriteChunk planned) {
    WriteChunk chunk = planned;
    List<LedgerEntry> pending = chunk.calls();
    int attempt = 0;
    while (!pending.isEmpty()) {
      if (pending.size() < chunk.calls().size()) {
        chunk = WriteChunk.of(pending);
      }
      List<TransactWriteItem> items = chunk.transactItems(callsTable, analyticsTable);
      try {
        dynamo.transactWriteItems(b -> b.transactItems(items));
        LOG.debug(
            "persisted and counted {} calls in one transaction of {} items",
            pending.size(),
            items.size());
        return List.of();
      } catch (TransactionCanceledException e) {
        List<String> reasons =
            e.cancellationReasons().stream().map(DynamoDbCallLedger::code).toList();
        List<LedgerEntry> fresh = withoutReplays(pending, reasons);
        boolean replaysOnly =
            fresh.size() < pending.size()
                && reasons.stream().allMatch(r -> r.equals(REPLAYED) || r.equals("None"));
        pending = fresh;
        if (reasons.contains(REFUSED)) {
          return oneByOne(pending, e);
        }
        if (!replaysOnly && ++attempt >= MAX_ATTEMPTS) {
          return reportForRetry(pending, e);
        }
        if (!replaysOnly) {
          pause(attempt);
        }
      } catch (DynamoDbException e) {
        if (refusedForGood(e)) {
          return oneByOne(pending, e);
        }
        if (++attempt >= MAX_ATTEMPTS) {
          return reportForRetry(pending, e);
        }
        pause(attempt);
      } catch (SdkClientException e) {
        if (++attempt >= MAX_ATTEMPTS) {
          return reportForRetry(pending, e);
        }
        pause(attempt);
      }
    }
    return List.of();
  }

  private List<LedgerEntry> withoutReplays(List<LedgerEntry> pending, List<String> reasons) {
    List<LedgerEntry> fresh = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      if (i < reasons.size() && reasons.get(i).equals(REPLAYED)) {
        LOG.info(
            "call {} was persisted and counted before: a replay, dropped",
            pending.get(i).eventId());
      } else {
        fresh.add(pending.get(i));
      }
    }
    return fresh;
  }

  private List<String> oneByOne(List<LedgerEntry> calls, RuntimeException refusal) {
    if (calls.size() == 1) {
      return deadLetter(calls.get(0), refusal);
    }
    List<String> failed = new ArrayList<>();
    calls.forEach(call -> failed.addAll(write(WriteChunk.of(List.of(call)))));
    return failed;
  }

  private List<String> deadLetter(LedgerEntry call, RuntimeException refusal) {
    String reason = "DynamoDB." + errorName(refusal) + ": " + refusal.getMessage();
    LOG.error("call {} refused for good, dead-lettered: {}", call.eventId(), reason);
    try {
      deadLetters.keepForAnOperator(
          "pipeline-" + call.sequenceNumber(),
          new DeadLetter(
              "pipeline-workflow", reason, codec.toJson(call.scored().event()), clock.instant()));
      return List.of();
    } catch (RuntimeException e) {
      LOG.error("call {} could not be dead-lettered; reported for retry", call.eventId(), e);
      return List.of(call.itemIdentifier());
    }
  }

  private static List<String> reportForRetry(List<LedgerEntry> calls, RuntimeException cause) {
    LOG.warn(
        "{} calls not written after {} attempts, reported for retry: {}",
        calls.size(),
        MAX_ATTEMPTS,
        cause.getMessage());
    return calls.stream().map(LedgerEntry::itemIdentifier).toList();
  }

  private static boolean refusedForGood(DynamoDbException e) {
    int status = e.statusCode();
    return status >= 400
        && status < 500
        && !e.isThrottlingException()
        && !e.retryable()
        && !errorName(e).startsWith("Transaction");
  }

  private static String errorName(RuntimeException e) {
    if (e instanceof DynamoDbException dynamo && dynamo.awsErrorDetails() != null) {
      return dynamo.awsErrorDetails().errorCode();
    }
    return e.getClass().getSimpleName();
  }

  private static String code(CancellationReason reason) {
    return reason.code() == null ? "None" : reason.code();
  }

  /** Full jitter: anywhere up to 50 ms, doubling per attempt. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 50L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing calls", e);
    }
  }
}
