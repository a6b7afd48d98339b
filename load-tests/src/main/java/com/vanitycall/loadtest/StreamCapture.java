package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads every shard of a stream into a capture file, until every shard is caught up or the count is
 * reached, following the stream's lineage: when a shard closes (a split or a merge, which an
 * on-demand stream does by itself as traffic grows), its children are found (from GetRecords'
 * {@code ChildShards} where the endpoint returns them, else ListShards) and read, each only once
 * all its parents are read to their end, so a key's records stay in order across a split and a
 * merge.
 *
 * <p>The shards are merged by arrival time (each shard's records arrive in order, and a child's
 * after its parents', so the file is in arrival order across shards, and exactly in the stream's
 * order within a key): a replay then paces from the file's order.
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
  private final Map<String, ShardReader> shards = new LinkedHashMap<>();
  private final Map<Instant, Long> arrivalsPerSecond = new TreeMap<>();

  /** Whether the shards were listed once: a shard found after that came from a split or merge. */
  private boolean listedOnce;

  public StreamCapture(KinesisClient kinesis, CaptureOptions options) {
    this.kinesis = kinesis;
    this.options = options;
  }

  /** Captures into the writer; returns how many records were written. */
  public long run(CaptureFile.Writer out, PrintWriter progress) {
    discover(progress);
    long limit = options.until().orElse(Long.MAX_VALUE);
    long lastProgress = System.nanoTime();
    while (out.written() < limit) {
      if (!anyMore()) {
        // a shard may have closed since it was last read: its children hold records of "now"
        if (discover(progress) == 0) {
          break;
        }
        continue;
      }
      boolean read = false;
      boolean closed = false;
      for (ShardReader shard : List.copyOf(shards.values())) {
        if (shard.buffered.isEmpty() && !shard.exhausted() && readable(shard)) {
          read |= shard.readPage(progress);
          closed |= shard.closed();
        }
      }
      if (closed) {
        // before writing on: a closed shard's children may hold records earlier than the others'
        discover(progress);
      }
      emitInArrivalOrder(out, limit);
      if (System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
        progress.printf("captured %,d records from %d shards...%n", out.written(), shards.size());
        progress.flush();
        lastProgress = System.nanoTime();
      }
      if (!read && anyMore()) {
        LockSupport.parkNanos(IDLE_PAUSE.toNanos());
      }
    }
    return out.written();
  }

  /** The shards read so far, with their parents and how many records each gave. */
  public List<ShardRead> shardsRead() {
    return shards.values().stream()
        .map(s -> new ShardRead(s.shardId, s.parents, s.recordsRead, s.closed()))
        .toList();
  }

  /** How many of the records written arrived in each second (the stream's traffic, as captured). */
  public Map<Instant, Long> arrivalsPerSecond() {
    return Collections.unmodifiableMap(arrivalsPerSecond);
  }

  /**
   * One shard of a capture.
   *
   * @param parents the shards it was split or merged from (none for a shard of the stream's start)
   * @param records how many records were read from it
   * @param closed whether it was closed (read to its end)
   */
  public record ShardRead(String shardId, List<String> parents, long records, boolean closed) {
    public ShardRead {
      parents = List.copyOf(parents);
    }
  }

  private boolean anyMore() {
    return shards.values().stream().anyMatch(ShardReader::hasMore);
  }

  /** A shard is read once every parent it has among the known shards is read to its end. */
  private boolean readable(ShardReader shard) {
    return shard.parents.stream()
        .map(shards::get)
        .filter(Objects::nonNull)
        .allMatch(ShardReader::closed);
  }

  /**
   * Writes the earliest buffered record while no shard that may still have earlier ones (a readable
   * shard whose buffer is empty and whose last page held records, or that was never read) is
   * waiting to be read. A shard waiting for its parents needs no wait: its records come after
   * theirs.
   */
  private void emitInArrivalOrder(CaptureFile.Writer out, long limit) {
    while (out.written() < limit
        && shards.values().stream().noneMatch(s -> readable(s) && s.mayHoldEarlier())) {
      Optional<ShardReader> earliest =
          shards.values().stream().filter(s -> !s.buffered.isEmpty()).min(BY_HEAD_ARRIVAL);
      if (earliest.isEmpty()) {
        return;
      }
      ShardReader shard = earliest.get();
      Record record = shard.buffered.pollFirst();
      arrivalsPerSecond.merge(
          record.approximateArrivalTimestamp().truncatedTo(ChronoUnit.SECONDS), 1L, Long::sum);
      out.append(
          new CapturedRecord(
              record.approximateArrivalTimestamp(),
              shard.shardId,
              record.sequenceNumber(),
              record.partitionKey(),
              Base64.getEncoder().encodeToString(record.data().asByteArray())));
    }
  }

  /** Lists the stream's shards and adds the ones not known yet; returns how many were new. */
  private int discover(PrintWriter progress) {
    List<Shard> listed = new ArrayList<>();
    ListShardsResponse page = kinesis.listShards(b -> b.streamName(options.stream()));
    listed.addAll(page.shards());
    while (page.nextToken() != null) {
      String token = page.nextToken();
      page = kinesis.listShards(b -> b.nextToken(token));
      listed.addAll(page.shards());
    }
    int added = 0;
    for (Shard shard : listed) {
      added +=
          add(
              shard.shardId(),
              Stream.of(shard.parentShardId(), shard.adjacentParentShardId())
                  .filter(Objects::nonNull)
                  .toList(),
              progress);
    }
    listedOnce = true;
    return added;
  }

  private int add(String shardId, List<String> parents, PrintWriter progress) {
    if (shards.containsKey(shardId)) {
      return 0;
    }
    shards.put(shardId, new ShardReader(shardId, parents));
    if (listedOnce) {
      progress.printf(
          "found %s (split or merged from %s): read once they are%n",
          shardId, String.join(" and ", parents));
      progress.flush();
    }
    return 1;
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
    private final List<String> parents;
    private final Deque<Record> buffered = new ArrayDeque<>();
    private String iterator;
    private boolean started;
    private boolean caughtUp;
    private long recordsRead;

    ShardReader(String shardId, List<String> parents) {
      this.shardId = shardId;
      this.parents = List.copyOf(parents);
    }

    /** Read to its end: the shard was closed by a split or a merge. */
    boolean closed() {
      return started && iterator == null;
    }

    /** Closed, or caught up when reading until now. */
    boolean exhausted() {
      return closed() || (caughtUp && options.until().isEmpty());
    }

    boolean hasMore() {
      return !buffered.isEmpty() || !exhausted();
    }

    /** Nothing buffered, yet it was never read or its last page held records. */
    boolean mayHoldEarlier() {
      return buffered.isEmpty() && !exhausted() && !caughtUp;
    }

    /** Reads one page; true if it held records. */
    boolean readPage(PrintWriter progress) {
      if (!started) {
        iterator = iterator(shardId);
        started = true;
      }
      String current = iterator;
      GetRecordsResponse page =
          kinesis.getRecords(b -> b.shardIterator(current).limit(RECORDS_PER_CALL));
      buffered.addAll(page.records());
      recordsRead += page.records().size();
      iterator = page.nextShardIterator();
      caughtUp =
          page.records().isEmpty()
              && (page.millisBehindLatest() == null || page.millisBehindLatest() == 0);
      if (page.hasChildShards()) {
        for (ChildShard child : page.childShards()) {
          add(child.shardId(), child.parentShards(), progress);
        }
      }
      if (closed()) {
        progress.printf("%s closed after %,d records%n", shardId, recordsRead);
        progress.flush();
      }
      return !page.records().isEmpty();
    }
  }
}
