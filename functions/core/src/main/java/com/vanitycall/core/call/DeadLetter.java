package com.vanitycall.core.call;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that could not be processed, kept with the reason so that it can be inspected and
 * redriven.
 *
 * @param origin which stage gave up, e.g. {@code connect-publish} or {@code pipeline-parse}
 * @param reason what went wrong, in words an operator can act on
 * @param payload the original message, unchanged
 * @param failedAt when the stage gave up
 */
public record DeadLetter(String origin, String reason, String payload, Instant failedAt) {

  public DeadLetter {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(failedAt, "failedAt");
  }
}
