package com.vanitycall.core.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A point in the call history, newest first: a page of calls continues with the calls after the
 * last one it showed.
 */
public record CallPosition(Instant receivedAt, String eventId) {

  /** Newer calls first; calls of the same millisecond by event id, descending. */
  public static final Comparator<CallPosition> NEWEST_FIRST =
      Comparator.comparing(CallPosition::receivedAt)
          .thenComparing(CallPosition::eventId)
          .reversed();

  public CallPosition {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(eventId, "eventId");
  }

  /** Whether {@code other} comes after this position, in the history's newest-first order. */
  public boolean isFollowedBy(CallPosition other) {
    return NEWEST_FIRST.compare(this, other) < 0;
  }
}
