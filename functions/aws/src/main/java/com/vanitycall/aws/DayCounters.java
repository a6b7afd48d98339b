package com.vanitycall.aws;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One day's analytics counters, as the pipeline counts them (exactly once per call).
 *
 * @param callsByHour calls per UTC hour (0–23); hours without calls are absent
 */
public record DayCounters(
    LocalDate day,
    long calls,
    Map<Integer, Long> callsByHour,
    long valid,
    long withheld,
    long invalid,
    long answeredFromCache,
    long answeredQuick,
    long answeredFallback) {

  public DayCounters {
    Objects.requireNonNull(day, "day");
    callsByHour = Map.copyOf(callsByHour);
  }

  /** The share of the day's calls that were withheld, 0 when there were none. */
  public double withheldShare() {
    return calls == 0 ? 0 : (double) withheld / calls;
  }

  /** The share of the day's calls whose number was invalid, 0 when there were none. */
  public double invalidShare() {
    return calls == 0 ? 0 : (double) invalid / calls;
  }
}
