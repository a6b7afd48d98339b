package com.vanitycall.loadtest;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * {@code load reshard}: splits or merges a stream's shards in the middle of a run, as an on-demand
 * stream does by itself when traffic grows, so that what follows the lineage (a capture) can be
 * tried on it. A split cuts an open shard's hash key range in two at its middle; a merge joins two
 * open shards whose ranges are adjacent.
 */
public final class Resharding {

  private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(60);

  private final KinesisClient kinesis;
  private final String stream;

  public Resharding(KinesisClient kinesis, String stream) {
    this.kinesis = kinesis;
    this.stream = stream;
  }

  /** The stream's open shards (the ones that take records), by hash key range. */
  public List<Shard> openShards() {
    List<Shard> shards = new ArrayList<>();
    ListShardsResponse page = kinesis.listShards(b -> b.streamName(stream));
    shards.addAll(page.shards());
    while (page.nextToken() != null) {
      String token = page.nextToken();
      page = kinesis.listShards(b -> b.nextToken(token));
      shards.addAll(page.shards());
    }
    return shards.stream()
        .filter(s -> s.sequenceNumberRange().endingSequenceNumber() == null)
        .sorted(Comparator.comparing(s -> new BigInteger(s.hashKeyRange().startingHashKey())))
        .toList();
  }

  /**
   * Splits a shard at the middle of its hash key range and waits until the stream is active again.
   *
   * @param shardId the shard; empty for the open shard with the widest range
   * @return the shard split
   * @throws IllegalArgumentException if there is no such open shard
   */
  public String split(Optional<String> shardId) {
    List<Shard> open = openShards();
    Shard shard =
        shardId
            .map(id -> find(open, id))
            .orElseGet(
                () -> open.stream().max(Comparator.comparing(Resharding::width)).orElseThrow());
    BigInteger start = new BigInteger(shard.hashKeyRange().startingHashKey());
    BigInteger middle = start.add(width(shard).shiftRight(1)).add(BigInteger.ONE);
    kinesis.splitShard(
        b ->
            b.streamName(stream)
                .shardToSplit(shard.shardId())
                .newStartingHashKey(middle.toString()));
    awaitActive();
    return shard.shardId();
  }

  /**
   * Merges two open shards whose hash key ranges are adjacent and waits until the stream is active
   * again.
   *
   * @param pair the two shards, in either order; empty for the first adjacent pair by hash key
   * @return the two shards merged, lower range first
   * @throws IllegalArgumentException if they are not open, or not adjacent, or no pair is
   */
  public List<String> merge(Optional<List<String>> pair) {
    List<Shard> open = openShards();
    List<Shard> chosen =
        pair.map(ids -> ids.stream().map(id -> find(open, id)).sorted(byStart()).toList())
            .orElseGet(() -> firstAdjacentPair(open));
    if (!adjacent(chosen.get(0), chosen.get(1))) {
      throw new IllegalArgumentException(
          chosen.get(0).shardId()
              + " and "
              + chosen.get(1).shardId()
              + " are not adjacent: only shards whose hash key ranges meet can be merged");
    }
    kinesis.mergeShards(
        b ->
            b.streamName(stream)
                .shardToMerge(chosen.get(0).shardId())
                .adjacentShardToMerge(chosen.get(1).shardId()));
    awaitActive();
    return List.of(chosen.get(0).shardId(), chosen.get(1).shardId());
  }

  private static List<Shard> firstAdjacentPair(List<Shard> open) {
    for (int i = 0; i + 1 < open.size(); i++) {
      if (adjacent(open.get(i), open.get(i + 1))) {
        return List.of(open.get(i), open.get(i + 1));
      }
    }
    throw new IllegalArgumentException("the stream has no two adjacent open shards to merge");
  }

  private static Comparator<Shard> byStart() {
    return Comparator.comparing(s -> new BigInteger(s.hashKeyRange().startingHashKey()));
  }

  private static boolean adjacent(Shard lower, Shard upper) {
    return new BigInteger(lower.hashKeyRange().endingHashKey())
        .add(BigInteger.ONE)
        .equals(new BigInteger(upper.hashKeyRange().startingHashKey()));
  }

  private static BigInteger width(Shard shard) {
    return new BigInteger(shard.hashKeyRange().endingHashKey())
        .subtract(new BigInteger(shard.hashKeyRange().startingHashKey()));
  }

  private static Shard find(List<Shard> open, String shardId) {
    return open.stream()
        .filter(s -> s.shardId().equals(shardId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no open shard "
                        + shardId
                        + "; the open ones are "
                        + open.stream().map(Shard::shardId).toList()));
  }

  private void awaitActive() {
    long giveUpAt = System.nanoTime() + ACTIVE_WITHIN.toNanos();
    while (kinesis
            .describeStreamSummary(b -> b.streamName(stream))
            .streamDescriptionSummary()
            .streamStatus()
        != StreamStatus.ACTIVE) {
      if (System.nanoTime() > giveUpAt) {
        throw new StreamRefusedException(
            stream + " did not become ACTIVE within " + ACTIVE_WITHIN.toSeconds() + " s");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }
}
