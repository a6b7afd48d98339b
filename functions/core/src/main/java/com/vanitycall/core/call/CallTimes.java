package com.vanitycall.core.call;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The time-derived keys of one call, all in UTC.
 *
 * @param receivedAt ISO-8601 with milliseconds always present, so that it sorts as text (the calls
 *     table's index sort key)
 * @param day {@code 2026-11-22}
 * @param hour {@code 2026-11-22T13}
 * @param dayBucket the {@link DayBucket} key, {@code 2026-11-22#3}
 * @param expiresAt epoch seconds after which the call's personal data is deleted (TTL)
 */
public record CallTimes(
    String receivedAt, String day, String hour, String dayBucket, long expiresAt) {

  public static CallTimes of(String eventId, Instant receivedAt, Duration callerTtl) {
    return of(eventId, receivedAt, callerTtl, Traffic.CALLERS);
  }

  public static CallTimes of(
      String eventId, Instant receivedAt, Duration callerTtl, Traffic traffic) {
    String text = SortableTime.format(receivedAt);
    String day = text.substring(0, 10);
    return new CallTimes(
        text,
        day,
        text.substring(0, 13),
        DayBucket.of(eventId, LocalDate.parse(day), traffic).key(),
        receivedAt.plus(callerTtl).getEpochSecond());
  }
}
