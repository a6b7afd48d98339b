package com.vanitycall.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time-derived keys of one call, all in UTC.
 *
 * @param receivedAt ISO-8601 with milliseconds always present, so that it sorts as text (the calls
 *     table's index sort key)
 * @param day {@code 2026-11-22}
 * @param hour {@code 2026-11-22T13}
 * @param dayBucket the day and one of {@link #DAY_SHARDS} shards chosen by the event id, {@code
 *     2026-11-22#3}: a day's calls spread over that many partitions of the {@code byDay} index
 * @param expiresAt epoch seconds after which the call's personal data is deleted (TTL)
 */
public record CallTimes(
    String receivedAt, String day, String hour, String dayBucket, long expiresAt) {

  public static final int DAY_SHARDS = 8;

  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public static CallTimes of(String eventId, Instant receivedAt, Duration callerTtl) {
    String text = SORTABLE.format(receivedAt);
    String day = text.substring(0, 10);
    return new CallTimes(
        text,
        day,
        text.substring(0, 13),
        day + "#" + Math.floorMod(eventId.hashCode(), DAY_SHARDS),
        receivedAt.plus(callerTtl).getEpochSecond());
  }
}
