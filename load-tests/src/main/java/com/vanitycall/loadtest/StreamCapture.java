package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads every shard of a stream into a capture file, shard by shard in turn (so the file is roughly
 * in arrival order, and exactly in the stream's order within a shard, hence within a partition
 * key), until every shard is caught up or the count is reached.
 */
public final class StreamCapture {

  private static final int RECORDS_PER_CALL = 10_000;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  /** On AWS a shard serves five GetRecords a second: an empty answer waits this long. */
  private static final Duration IDLE_PAUSE = Duration.ofMillis(200);

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
    while (out.written() < limit && shards.stream().anyMatch(s -> !s.done)) {
      boolean anyRecords = false;
      for (ShardReader shard : shards) {
        if (!shard.done && out.written() < limit) {
          anyRecords |= shard.readOnce(out, limit);
        }
      }
      if (System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
        progress.printf("captured %,d records...%n", out.written());
        progress.flush();
        lastProgress = System.nanoTime();
      }
      if (!anyRecords && shards.stream().anyMatch(s -> !s.done)) {
        LockSupport.parkNanos(IDLE_PAUSE.toNanos());
      }
    }
    return out.written();
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

  /** One shard's position; done when caught up (or closed) and no count was asked for. */
  private final class ShardReader {

    private final String shardId;
    private String iterator;
    private boolean done;

    ShardReader(String shardId, String iterator) {
      this.shardId = shardId;
      this.iterator = iterator;
    }

    /** Reads one page; true if it held records. */
    boolean readOnce(CaptureFile.Writer out, long limit) {
      String current = iterator;
      GetRecordsResponse page =
          kinesis.getRecords(b -> b.shardIterator(current).limit(RECORDS_PER_CALL));
      for (Record record : page.records()) {
        if (out.written() >= limit) {
          break;
        }
        out.append(
            new CapturedRecord(
                record.approximateArrivalTimestamp(),
                shardId,
                record.sequenceNumber(),
                record.partitionKey(),
                Base64.getEncoder().encodeToString(record.data().asByteArray())));
      }
      iterator = page.nextShardIterator();
      boolean caughtUp =
          page.records().isEmpty()
              && (page.millisBehindLatest() == null || page.millisBehindLatest() == 0);
      done = iterator == null || (caughtUp && options.until().isEmpty());
      return !page.records().isEmpty();
    }
  }
}
