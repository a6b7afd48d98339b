package com.vanitycall.core.history;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as the pipeline stored it in the calls table.
 *
 * @param callerNumber E.164, present for VALID callers only
 * @param heard what the caller heard during the call (empty for a fallback)
 * @param vanities the deep best 5, best first
 * @param worthSaying those of the deep best the next call from the number will hear, best first
 * @param synthetic a load tool made the call
 */
public record StoredCall(
    String eventId,
    Optional<String> callerNumber,
    CallerStatus callerStatus,
    Instant receivedAt,
    VanitySource source,
    List<Vanity> heard,
    List<Vanity> vanities,
    List<Vanity> worthSaying,
    String dictionaryVersion,
    boolean synthetic) {

  /** Newest first; calls received in the same millisecond by event id, descending. */
  public static final Comparator<StoredCall> NEWEST_FIRST =
      Comparator.comparing(StoredCall::position, CallPosition.NEWEST_FIRST);

  public StoredCall {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(callerNumber, "callerNumber");
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(source, "source");
    heard = List.copyOf(heard);
    vanities = List.copyOf(vanities);
    worthSaying = List.copyOf(worthSaying);
  }

  /** Where this call stands in the history's order. */
  public CallPosition position() {
    return new CallPosition(receivedAt, eventId);
  }

  /**
   * The caller as the web page and the API show it: the last four digits only ({@code ****9377}),
   * or the status when there is no number ({@code WITHHELD}, {@code INVALID}).
   */
  public String maskedCaller() {
    return callerNumber
        .map(number -> "****" + number.substring(Math.max(0, number.length() - 4)))
        .orElse(callerStatus.name());
  }
}
