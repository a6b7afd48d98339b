package com.vanitycall.core.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Calls per day and hour in an analyst's time zone, from the hourly counters re-bucketed: exact,
 * since the zone's offset is a whole number of hours over the range. Shares and top lists are
 * counted per UTC day, so they cannot be re-bucketed: they are those of the UTC days that hold the
 * range ({@code utcDays}), and say so.
 *
 * @param days every local day of the range and its calls, oldest first
 * @param callsByHour calls per local hour of day (0–23), summed over the range
 * @param utcDays the statistics of the UTC days that hold the range
 */
public record ZonedStatistics(
    LocalDate from,
    LocalDate to,
    ZoneId zone,
    List<Tally> days,
    List<Long> callsByHour,
    RangeStatistics utcDays) {

  public ZonedStatistics {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(utcDays, "utcDays");
    days = List.copyOf(days);
    callsByHour = List.copyOf(callsByHour);
  }

  /** The calls of the local days of the range. */
  public long calls() {
    return days.stream().mapToLong(Tally::calls).sum();
  }
}
