package com.vanitycall.local.stack;

import java.time.Duration;
import java.util.Objects;

/**
 * The local pipe's settings, named after the EventBridge Pipes Kinesis source parameters the CDK
 * app sets on AWS.
 *
 * @param batchSize at most this many records per target invocation ({@code BatchSize})
 * @param batchingWindow how long to gather records before invoking with a partial batch ({@code
 *     MaximumBatchingWindowInSeconds})
 * @param maximumRetryAttempts how often a failed record is retried before it is dead-lettered
 *     ({@code MaximumRetryAttempts})
 * @param maximumRecordAge a record older than this is dead-lettered instead of retried ({@code
 *     MaximumRecordAgeInSeconds})
 * @param initialBackoff the wait before the first retry; it doubles per attempt
 * @param maximumBackoff the cap of the retry wait
 * @param idlePoll how long a shard poller waits after an empty GetRecords
 */
public record PipeSettings(
    int batchSize,
    Duration batchingWindow,
    int maximumRetryAttempts,
    Duration maximumRecordAge,
    Duration initialBackoff,
    Duration maximumBackoff,
    Duration idlePoll) {

  /** The values of the CDK app's pipe ({@code infra}'s {@code CallPipeline}). */
  public static final PipeSettings DEFAULT =
      new PipeSettings(
          100,
          Duration.ofSeconds(1),
          10,
          Duration.ofHours(6),
          Duration.ofMillis(100),
          Duration.ofSeconds(2),
          Duration.ofMillis(50));

  public PipeSettings {
    Objects.requireNonNull(batchingWindow, "batchingWindow");
    Objects.requireNonNull(maximumRecordAge, "maximumRecordAge");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maximumBackoff, "maximumBackoff");
    Objects.requireNonNull(idlePoll, "idlePoll");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batchSize must be within 1..10000: " + batchSize);
    }
    if (maximumRetryAttempts < 0) {
      throw new IllegalArgumentException("maximumRetryAttempts must not be negative");
    }
    if (initialBackoff.compareTo(maximumBackoff) > 0) {
      throw new IllegalArgumentException("initialBackoff must not exceed maximumBackoff");
    }
  }

  /** The wait before retry number {@code attempt} (1-based): doubling, capped. */
  public Duration backoff(int attempt) {
    long millis = initialBackoff.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofMillis(Math.min(millis, maximumBackoff.toMillis()));
  }

  public PipeSettings withBatchSize(int newBatchSize) {
    return new PipeSettings(
        newBatchSize,
        batchingWindow,
        maximumRetryAttempts,
        maximumRecordAge,
        initialBackoff,
        maximumBackoff,
        idlePoll);
  }

  public PipeSettings withBatchingWindow(Duration newWindow) {
    return new PipeSettings(
        batchSize,
        newWindow,
        maximumRetryAttempts,
        maximumRecordAge,
        initialBackoff,
        maximumBackoff,
        idlePoll);
  }

  public PipeSettings withRetries(int attempts, Duration initial, Duration maximum) {
    return new PipeSettings(
        batchSize, batchingWindow, attempts, maximumRecordAge, initial, maximum, idlePoll);
  }
}
