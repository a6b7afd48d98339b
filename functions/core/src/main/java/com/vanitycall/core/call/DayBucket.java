package com.vanitycall.core.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A partition of one day's calls in the calls table's {@code byDay} index, {@code 2026-11-22#3}:
 * the day and one of {@link #SHARDS} shards chosen by the event id, so that a day's writes spread
 * over that many index partitions instead of one hot one. Reading a day means reading all its
 * buckets.
 */
public record DayBucket(LocalDate day, int shard, Traffic traffic) {

  public static final int SHARDS = 8;

  public DayBucket {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(traffic, "traffic");
    if (shard < 0 || shard >= SHARDS) {
      throw new IllegalArgumentException("a day bucket's shard is 0 to " + (SHARDS - 1));
    }
  }

  /** The bucket of a call: the same event always lands in the same bucket. */
  public static DayBucket of(String eventId, LocalDate day, Traffic traffic) {
    return new DayBucket(day, Math.floorMod(eventId.hashCode(), SHARDS), traffic);
  }

  /** Every bucket of a day's calls of this traffic. */
  public static List<DayBucket> all(LocalDate day, Traffic traffic) {
    return IntStream.range(0, SHARDS)
        .mapToObj(shard -> new DayBucket(day, shard, traffic))
        .toList();
  }

  /** The index key, {@code 2026-11-22#3} ({@code synthetic#2026-11-22#3} for a load tool's). */
  public String key() {
    return traffic.key(day + "#" + shard);
  }
}
