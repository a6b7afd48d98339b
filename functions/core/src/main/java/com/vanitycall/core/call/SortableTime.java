package com.vanitycall.core.call;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as text that sorts like time: ISO-8601 in UTC with the milliseconds always written
 * ({@code 2026-11-22T13:45:00.000Z}; {@link Instant#toString()} drops zero fractions, and {@code
 * ...00Z} sorts after {@code ...00.001Z}). The calls table's index sort keys are written so.
 */
public final class SortableTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private SortableTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
