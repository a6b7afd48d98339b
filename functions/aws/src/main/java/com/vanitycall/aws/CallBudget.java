package com.vanitycall.aws;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one use of a client may take, in all, and how many attempts it may make. The SDK's
 * defaults (DynamoDB: up to 8 retries, no call timeout) could eat a caller's whole budget, so every
 * client is built with one of these.
 *
 * @param callTimeout the whole call, retries and back-off included
 * @param attemptTimeout one HTTP attempt
 * @param maxAttempts the first attempt plus retries
 * @param maxBackoff the longest pause before a retry, throttled ones included (the SDK's own
 *     throttling back-off starts at a second: longer than a caller's whole budget)
 */
public record CallBudget(
    Duration callTimeout, Duration attemptTimeout, int maxAttempts, Duration maxBackoff) {

  public CallBudget {
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(attemptTimeout, "attemptTimeout");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxBackoff.isNegative() || maxBackoff.isZero() || maxBackoff.compareTo(callTimeout) >= 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be positive and shorter than callTimeout");
    }
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("callTimeout must be positive");
    }
    if (attemptTimeout.isNegative() || attemptTimeout.isZero()) {
      throw new IllegalArgumentException("attemptTimeout must be positive");
    }
    if (attemptTimeout.compareTo(callTimeout) > 0) {
      throw new IllegalArgumentException("attemptTimeout cannot exceed callTimeout");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /**
   * For work a caller waits on: the whole call within {@code total}, one quick retry (after at most
   * a tenth of it) if the first attempt fails fast or is throttled.
   */
  public static CallBudget whileCallerWaits(Duration total) {
    return new CallBudget(total, total, 2, total.dividedBy(10));
  }

  /** For work nobody waits on (the pipeline, the CLI): patient, with a few retries. */
  public static CallBudget inBackground() {
    return new CallBudget(Duration.ofSeconds(10), Duration.ofSeconds(3), 4, Duration.ofSeconds(1));
  }
}
