package com.vanitycall.local.stack;

import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.local.workflow.BatchResult;
import com.vanitycall.local.workflow.PipeTarget;
import com.vanitycall.local.workflow.PipeTargetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Hands one batch to the target as EventBridge Pipes does, and sees it through: records the target
 * reports as failed (partial batch failure) are retried alone, in shard order, with doubling
 * backoff; a record that has used up its retries, or has grown older than the maximum record age,
 * is dead-lettered with the reason. A failure of the whole invocation fails every remaining record.
 */
final class BatchDelivery {

  static final String ORIGIN = "local-pipe";

  private static final Logger LOG = LogManager.getLogger(BatchDelivery.class);

  /** What became of a batch. */
  record Outcome(List<Record> processed, List<Record> deadLettered) {}

  private final PipeTarget target;
  private final PipeBatch format;
  private final PipeSettings settings;
  private final DeadLetters deadLetters;
  private final Clock clock;
  private final StopSignal stop;

  BatchDelivery(
      PipeTarget target,
      PipeBatch format,
      PipeSettings settings,
      DeadLetters deadLetters,
      Clock clock,
      StopSignal stop) {
    this.target = target;
    this.format = format;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.clock = clock;
    this.stop = stop;
  }

  /**
   * Delivers the batch until every record is processed or dead-lettered.
   *
   * @return empty if the pipe was stopped while records were still waiting for a retry: the batch
   *     is not done and must not be checkpointed
   */
  Optional<Outcome> deliver(String shardId, List<Record> batch) {
    List<Record> remaining = batch;
    List<Record> deadLettered = new ArrayList<>();
    for (int retry = 1; ; retry++) {
      Attempt attempt = invoke(shardId, remaining);
      if (attempt.failed().isEmpty()) {
        break;
      }
      List<Record> retryable = new ArrayList<>();
      for (Record record : attempt.failed()) {
        Optional<String> giveUp = reasonToGiveUp(record, retry - 1, attempt.reason());
        if (giveUp.isPresent()) {
          deadLetter(shardId, record, giveUp.get());
          deadLettered.add(record);
        } else {
          retryable.add(record);
        }
      }
      if (retryable.isEmpty()) {
        break;
      }
      LOG.warn(
          "retrying {} of {} records on {} (retry {}): {}",
          retryable.size(),
          remaining.size(),
          shardId,
          retry,
          attempt.reason());
      if (stop.awaitStopFor(settings.backoff(retry))) {
        return Optional.empty();
      }
      remaining = retryable;
    }
    Set<Record> gaveUp = Set.copyOf(deadLettered);
    List<Record> processed = batch.stream().filter(r -> !gaveUp.contains(r)).toList();
    return Optional.of(new Outcome(processed, List.copyOf(deadLettered)));
  }

  private record Attempt(List<Record> failed, String reason) {}

  private Attempt invoke(String shardId, List<Record> records) {
    BatchResult result;
    try {
      result = target.invoke(format.toJson(shardId, records));
    } catch (PipeTargetException e) {
      return new Attempt(records, "the workflow failed the whole batch: " + e.getMessage());
    }
    Set<String> failed = Set.copyOf(result.failedItemIdentifiers());
    List<Record> failedRecords =
        records.stream().filter(r -> failed.contains(PipeBatch.eventId(shardId, r))).toList();
    if (failedRecords.size() != failed.size()) {
      // as on AWS: an itemIdentifier that is not the eventID of a record of the batch (a sequence
      // number, an empty or a null one) fails the whole batch
      return new Attempt(
          records,
          "the workflow reported a failure by an itemIdentifier that is no eventID of the batch: "
              + failed);
    }
    return new Attempt(failedRecords, "the workflow reported the record as failed");
  }

  private Optional<String> reasonToGiveUp(Record record, int retriesDone, String reason) {
    Duration age = Duration.between(record.approximateArrivalTimestamp(), clock.instant());
    if (age.compareTo(settings.maximumRecordAge()) > 0) {
      return Optional.of(
          "older than the maximum record age " + settings.maximumRecordAge() + ": " + reason);
    }
    if (retriesDone >= settings.maximumRetryAttempts()) {
      return Optional.of("gave up after " + retriesDone + " retries: " + reason);
    }
    return Optional.empty();
  }

  private void deadLetter(String shardId, Record record, String reason) {
    LOG.error(
        "dead-lettering record {} of {} (partition key {}): {}",
        record.sequenceNumber(),
        shardId,
        record.partitionKey(),
        reason);
    // the record's bytes as they were (text or not); the letter keeps their head, size and digest
    // if they are too many for an item, so that writing it cannot fail for the record's sake
    deadLetters.send(
        DeadLetter.ofBytes(ORIGIN, reason, record.data().asByteArray(), Instant.now(clock)));
  }
}
