package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads every shard of a stream into a capture file, until every shard is caught up or the count is
 * reached. The shards are merged by arrival time (each shard's records arrive in order, so the file
 * is in arrival order across shards, and exactly in the stream's order within a shard, hence within
 * a partition key): a replay then paces from the file's order.
 */
public final class StreamCapture {

  private static final int RECORDS_PER_CALL = 1_000;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  /** On AWS a shard serves five GetRecords a second: an empty answer waits this long. */
  private static final Duration IDLE_PAUSE = Duration.ofMillis(200);

  private static final Comparator<ShardReader> BY_HEAD_ARRIVAL =
      Comparator.comparing(s -> s.buffered.peekFirst().approximateArrivalTimestamp());

  private final KinesisClient kinesis;
  private final CaptureOptions options;

  public StreamCapture(KinesisClient kinesis, CaptureOptions options) {
    this.kinesis = kinesis;
    this.options = options;
  }

  /** Captures into the writer; returns how many records were written. */
  public long run(CaptureFile.Writer out, PrintWriter progress) {
    List<ShardReader> shards = new ArrayList<>();
    for (Shard shard : shards()) {
      shards.add(new ShardReader(shard.shardId(), iterator(shard.shardId())));
    }
    long limit = options.until().orElse(Long.MAX_VALUE);
    long lastProgress = System.nanoTime();
    while (out.written() < limit && shards.stream().anyMatch(ShardReader::hasMore)) {
      boolean read = false;
      for (ShardReader shard : shards) {
        if (shard.buffered.isEmpty() && !shard.exhausted()) {
          read |= shard.readPage();
        }
      }
      emitInArrivalOrder(shards, out, limit);
      if (System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
        progress.printf("captured %,d records...%n", out.written());
        progress.flush();
        lastProgress = System.nanoTime();
      }
      if (!read && shards.stream().anyMatch(ShardReader::hasMore)) {
        LockSupport.parkNanos(IDLE_PAUSE.toNanos());
      }
    }
    return out.written();
  }

  /**
   * Writes the earliest buffered record while no shard that may still have earlier ones (an empty
   * buffer after a page that held records) is waiting to be read.
   */
  private void emitInArrivalOrder(List<ShardReader> shards, CaptureFile.Writer out, long limit) {
    while (out.written() < limit && shards.stream().noneMatch(ShardReader::mayHoldEarlier)) {
      Optional<ShardReader> earliest =
          shards.stream().filter(s -> !s.buffered.isEmpty()).min(BY_HEAD_ARRIVAL);
      if (earliest.isEmpty()) {
        return;
      }
      ShardReader shard = earliest.get();
      Record record = shard.buffered.pollFirst();
      out.append(
          new CapturedRecord(
              record.approximateArrivalTimestamp(),
              shard.shardId,
              record.sequenceNumber(),
              record.partitionKey(),
              Base64.getEncoder().encodeToString(record.data().asByteArray())));
    }
  }

  private List<Shard> shards() {
    List<Shard> shards = new ArrayList<>();
    ListShardsResponse page = kinesis.listShards(b -> b.streamName(options.stream()));
    shards.addAll(page.shards());
    while (page.nextToken() != null) {
      String token = page.nextToken();
      page = kinesis.listShards(b -> b.nextToken(token));
      shards.addAll(page.shards());
    }
    return shards;
  }

  private String iterator(String shardId) {
    return kinesis
        .getShardIterator(
            b -> {
              b.streamName(options.stream()).shardId(shardId);
              options
                  .from()
                  .ifPresentOrElse(
                      at -> b.shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(at),
                      () -> b.shardIteratorType(ShardIteratorType.TRIM_HORIZON));
            })
        .shardIterator();
  }

  /** One shard's position and the records read from it and not yet written. */
  private final class ShardReader {

    private final String shardId;
    private final Deque<Record> buffered = new ArrayDeque<>();
    private String iterator;
    private boolean caughtUp;

    ShardReader(String shardId, String iterator) {
      this.shardId = shardId;
      this.iterator = iterator;
    }

    /** Closed, or caught up when reading until now. */
    boolean exhausted() {
      return iterator == null || (caughtUp && options.until().isEmpty());
    }

    boolean hasMore() {
      return !buffered.isEmpty() || !exhausted();
    }

    /** Nothing buffered, yet its last page held records: its next may be earlier than others'. */
    boolean mayHoldEarlier() {
      return buffered.isEmpty() && !exhausted() && !caughtUp;
    }

    /** Reads one page; true if it held records. */
    boolean readPage() {
      String current = iterator;
      GetRecordsResponse page =
          kinesis.getRecords(b -> b.shardIterator(current).limit(RECORDS_PER_CALL));
      buffered.addAll(page.records());
      iterator = page.nextShardIterator();
      caughtUp =
          page.records().isEmpty()
              && (page.millisBehindLatest() == null || page.millisBehindLatest() == 0);
      return !page.records().isEmpty();
    }
  }
}
