package com.vanitycall.pipeline;

import java.util.Objects;

/**
 * A stream record that is not a call event this pipeline can process: it goes to the dead letters.
 *
 * @param reason why, in words an operator can act on
 * @param payload the record's data, decoded as far as it could be
 */
public record MalformedRecord(String reason, String payload) implements ScoreOutcome {

  public MalformedRecord {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a malformed record needs a reason");
    }
    Objects.requireNonNull(payload, "payload");
  }
}
