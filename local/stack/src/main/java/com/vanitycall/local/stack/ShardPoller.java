package com.vanitycall.local.stack;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads one shard from its checkpoint on, gathers records into batches (full batch or batching
 * window, whichever comes first), delivers each and moves the checkpoint past it only when it is
 * done and what it processed is found in the store ({@link StoredCheck}). Anything that goes wrong
 * on the way restarts reading from the checkpoint: records are delivered at least once, never
 * skipped.
 */
final class ShardPoller implements Runnable {

  private static final Logger LOG = LogManager.getLogger(ShardPoller.class);

  private final KinesisClient kinesis;
  private final String stream;
  private final String shardId;
  private final Checkpoints checkpoints;
  private final StoredCheck stored;
  private final BatchDelivery delivery;
  private final PipeSettings settings;
  private final PipeListener listener;
  private final Clock clock;
  private final StopSignal stop;

  ShardPoller(
      KinesisClient kinesis,
      String stream,
      String shardId,
      Checkpoints checkpoints,
      StoredCheck stored,
      BatchDelivery delivery,
      PipeSettings settings,
      PipeListener listener,
      Clock clock,
      StopSignal stop) {
    this.kinesis = kinesis;
    this.stream = stream;
    this.shardId = shardId;
    this.checkpoints = checkpoints;
    this.stored = stored;
    this.delivery = delivery;
    this.settings = settings;
    this.listener = listener;
    this.clock = clock;
    this.stop = stop;
  }

  @Override
  public void run() {
    int failuresInARow = 0;
    while (!stop.isStopped()) {
      try {
        pollFromCheckpoint();
        return;
      } catch (SdkException | IllegalStateException e) {
        failuresInARow++;
        LOG.error(
            "polling {} failed ({} in a row); resuming from its checkpoint",
            shardId,
            failuresInARow,
            e);
        stop.awaitStopFor(settings.backoff(failuresInARow));
      }
    }
  }

  /** Returns when stopped or when the shard is closed and read to its end. */
  private void pollFromCheckpoint() {
    String iterator = iteratorAfterCheckpoint();
    List<Record> pending = new ArrayList<>();
    Instant windowOpenedAt = null;
    while (!stop.isStopped()) {
      if (iterator != null && pending.size() < settings.batchSize()) {
        String from = iterator;
        GetRecordsResponse response =
            kinesis.getRecords(
                b -> b.shardIterator(from).limit(settings.batchSize() - pending.size()));
        iterator = response.nextShardIterator();
        pending.addAll(response.records());
        if (!pending.isEmpty() && windowOpenedAt == null) {
          windowOpenedAt = clock.instant();
        }
      }
      boolean full = pending.size() >= settings.batchSize();
      boolean windowOver =
          windowOpenedAt != null
              && !clock.instant().isBefore(windowOpenedAt.plus(settings.batchingWindow()));
      boolean shardEnded = iterator == null;
      if (!pending.isEmpty() && (full || windowOver || shardEnded)) {
        if (!deliver(List.copyOf(pending))) {
          return;
        }
        pending.clear();
        windowOpenedAt = null;
      } else if (shardEnded) {
        LOG.info("{} is closed and read to its end", shardId);
        return;
      } else {
        // the batch is still filling: poll again shortly, not in a tight loop that takes the CPU
        // from the workflow (Pipes, too, polls a shard a few times a second)
        stop.awaitStopFor(settings.idlePoll());
      }
    }
  }

  private boolean deliver(List<Record> batch) {
    Optional<BatchDelivery.Outcome> outcome = delivery.deliver(shardId, batch);
    if (outcome.isEmpty()) {
      return false;
    }
    List<Record> notKept = stored.notKept(shardId, outcome.get().processed());
    if (!notKept.isEmpty()) {
      throw new BatchNotKeptException(
          "the store acknowledged "
              + notKept.size()
              + " records of a batch of "
              + batch.size()
              + " on "
              + shardId
              + " that it did not keep (the first: sequence number "
              + notKept.get(0).sequenceNumber()
              + "); the checkpoint stays, the batch is delivered again");
    }
    checkpoints.save(shardId, batch.get(batch.size() - 1).sequenceNumber());
    listener.batchDone(
        shardId, outcome.get().processed(), outcome.get().deadLettered(), clock.instant());
    return true;
  }

  private String iteratorAfterCheckpoint() {
    Optional<String> done = checkpoints.lastDone(shardId);
    return kinesis
        .getShardIterator(
            b -> {
              b.streamName(stream).shardId(shardId);
              done.ifPresentOrElse(
                  sequenceNumber ->
                      b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                          .startingSequenceNumber(sequenceNumber),
                  () -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON));
            })
        .shardIterator();
  }
}
