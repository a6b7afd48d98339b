package com.vanitycall.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Aggregates over a range of days.
 *
 * @param days every day of the range, oldest first (days without calls have zero counters)
 * @param callsByHour calls per UTC hour of day (index 0–23), summed over the range
 * @param total the range's counters summed (its {@code day} is {@code from})
 * @param topWords the most frequent headline words, most first
 * @param topAreas the most frequent area codes, most first
 */
public record RangeStatistics(
    LocalDate from,
    LocalDate to,
    List<DayCounters> days,
    List<Long> callsByHour,
    DayCounters total,
    List<Tally> topWords,
    List<Tally> topAreas) {

  public RangeStatistics {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(total, "total");
    days = List.copyOf(days);
    callsByHour = List.copyOf(callsByHour);
    topWords = List.copyOf(topWords);
    topAreas = List.copyOf(topAreas);
  }

  /** A share of the range's calls, 0 when there were none. */
  public double share(long part) {
    return total.calls() == 0 ? 0 : (double) part / total.calls();
  }
}
