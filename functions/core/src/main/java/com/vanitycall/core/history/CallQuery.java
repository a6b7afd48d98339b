package com.vanitycall.core.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the call history: one caller's calls or all calls, received in [{@code from}, {@code
 * to}], newest first, continuing after {@code after} when a previous page ended there.
 *
 * @param caller E.164, or empty for every caller
 * @param limit the most calls of the page
 */
public record CallQuery(
    Optional<String> caller, Instant from, Instant to, Optional<CallPosition> after, int limit) {

  public CallQuery {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(after, "after");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  /** Whether a call at {@code position} belongs to this page's part of the history. */
  public boolean admits(CallPosition position) {
    return after.map(last -> last.isFollowedBy(position)).orElse(true);
  }

  /** The newest time a call of this page can have. */
  public Instant upTo() {
    return after.map(CallPosition::receivedAt).filter(to::isAfter).orElse(to);
  }
}
