package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.Objects;

/**
 * One replay of records into a stream.
 *
 * @param stream the stream to put the records on
 * @param speed how many times faster than recorded (1 = as recorded, 10 = a tenth of the time)
 * @param seek how far into the recording to start: records that arrived earlier than the first
 *     one's arrival plus this are skipped
 * @param bufferCapacity the most records read ahead of sending; the reader waits when it is full
 *     (back-pressure), so a replay of any size holds at most this many
 * @param statsEvery how often to print a statistics line
 */
public record ReplayOptions(
    String stream, double speed, Duration seek, int bufferCapacity, Duration statsEvery) {

  public static final int DEFAULT_BUFFER = 10_000;
  public static final Duration DEFAULT_STATS_EVERY = Duration.ofSeconds(5);

  public ReplayOptions {
    Objects.requireNonNull(stream, "stream");
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("--speed must be a positive number: " + speed);
    }
    if (seek == null || seek.isNegative()) {
      throw new IllegalArgumentException("--seek must not be negative: " + seek);
    }
    if (bufferCapacity < StreamPublisher.MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "the buffer must hold at least one full PutRecords (500): " + bufferCapacity);
    }
    if (statsEvery == null || statsEvery.isNegative() || statsEvery.isZero()) {
      throw new IllegalArgumentException("the statistics interval must be positive: " + statsEvery);
    }
  }

  /** As recorded times {@code speed}, from the start, with the default buffer and statistics. */
  public static ReplayOptions of(String stream, double speed) {
    return new ReplayOptions(stream, speed, Duration.ZERO, DEFAULT_BUFFER, DEFAULT_STATS_EVERY);
  }

  public ReplayOptions withSeek(Duration newSeek) {
    return new ReplayOptions(stream, speed, newSeek, bufferCapacity, statsEvery);
  }

  public ReplayOptions withStatsEvery(Duration newStatsEvery) {
    return new ReplayOptions(stream, speed, seek, bufferCapacity, newStatsEvery);
  }
}
