package com.vanitycall.aws;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as the pipeline stored it in the calls table.
 *
 * @param callerNumber E.164, present for VALID callers only
 * @param vanities the deep best 5, best first
 */
public record StoredCall(
    String eventId,
    Optional<String> callerNumber,
    CallerStatus callerStatus,
    Instant receivedAt,
    VanitySource source,
    List<Vanity> vanities,
    String dictionaryVersion) {

  public StoredCall {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(callerNumber, "callerNumber");
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(source, "source");
    vanities = List.copyOf(vanities);
  }
}
