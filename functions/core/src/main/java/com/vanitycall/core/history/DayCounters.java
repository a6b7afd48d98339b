package com.vanitycall.core.history;

import com.vanitycall.core.call.Traffic;
import java.time.LocalDate;
import java.util.HashMap;
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

  /** The sort key of a day's own counters item, under the partition key {@link #counterOf}. */
  public static final String SUBJECT = "total";

  /** What the partition key of every day's own counters starts with. */
  public static final String COUNTER_PREFIX = "day#";

  public DayCounters {
    Objects.requireNonNull(day, "day");
    callsByHour = Map.copyOf(callsByHour);
  }

  /** A day nobody called. */
  public static DayCounters none(LocalDate day) {
    return new DayCounters(day, 0, Map.of(), 0, 0, 0, 0, 0, 0);
  }

  /** Calls in the UTC hour {@code hour} (0–23). */
  public long callsIn(int hour) {
    return callsByHour.getOrDefault(hour, 0L);
  }

  /**
   * The analytics table's partition key of the day's own counters, {@code day#2026-11-22} ({@code
   * synthetic#day#2026-11-22} for a load tool's calls).
   */
  public static String counterOf(LocalDate day, Traffic traffic) {
    return traffic.key(COUNTER_PREFIX + day);
  }

  /** These counters and {@code other}'s of the same day, added up. */
  public DayCounters plus(DayCounters other) {
    if (!other.day.equals(day)) {
      throw new IllegalArgumentException("counters of " + other.day + " added to " + day);
    }
    Map<Integer, Long> hours = new HashMap<>(callsByHour);
    other.callsByHour.forEach((hour, count) -> hours.merge(hour, count, Long::sum));
    return new DayCounters(
        day,
        calls + other.calls,
        hours,
        valid + other.valid,
        withheld + other.withheld,
        invalid + other.invalid,
        answeredFromCache + other.answeredFromCache,
        answeredQuick + other.answeredQuick,
        answeredFallback + other.answeredFallback);
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
