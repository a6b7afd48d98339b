package com.vanitycall.loadtest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One capture of a stream.
 *
 * @param stream the stream to read, every shard of it
 * @param from where to start reading: empty for the oldest record kept (trim horizon), else the
 *     records that arrived at or after this time
 * @param until empty to read until every shard is caught up ("now"), else this many records
 */
public record CaptureOptions(String stream, Optional<Instant> from, OptionalLong until) {

  public CaptureOptions {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && until.getAsLong() < 1) {
      throw new IllegalArgumentException("--until COUNT must be at least 1: " + until.getAsLong());
    }
  }

  /** Every record the stream keeps, up to now. */
  public static CaptureOptions everything(String stream) {
    return new CaptureOptions(stream, Optional.empty(), OptionalLong.empty());
  }
}
