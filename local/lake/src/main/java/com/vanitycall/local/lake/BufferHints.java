package com.vanitycall.local.lake;

import java.time.Duration;
import java.util.Objects;

/**
 * When the local Firehose endpoint writes what it has buffered, as Firehose's buffering hints say:
 * once the buffer holds {@code bytes}, or its oldest record is {@code interval} old, whichever
 * comes first; so a file holds many calls, and no call waits long.
 */
public record BufferHints(long bytes, Duration interval) {

  /**
   * 16 MiB or 30 s: smaller and sooner than the deployed stream's (128 MiB, 300 s; Firehose asks at
   * least 64 MiB with format conversion), so that a call is in the local lake within a minute.
   */
  public static final BufferHints LOCAL = new BufferHints(16L << 20, Duration.ofSeconds(30));

  public BufferHints {
    Objects.requireNonNull(interval, "interval");
    if (bytes < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "buffer hints must be positive: " + bytes + ", " + interval);
    }
  }
}
