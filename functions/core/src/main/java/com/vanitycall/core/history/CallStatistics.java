package com.vanitycall.core.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Aggregates over a range of days from the counters the pipeline keeps: one batch look-up of the
 * days' counters, then, for the days that had calls, one query per day for its words and one for
 * its area codes.
 */
public final class CallStatistics {

  /** Words and area codes counted for calls that had none. */
  public static final String NONE = "none";

  private final CallHistory history;
  private final int top;

  /**
   * @param top how many words and area codes the top lists hold
   */
  public CallStatistics(CallHistory history, int top) {
    this.history = history;
    this.top = top;
  }

  public RangeStatistics over(LocalDate from, LocalDate to) {
    Map<LocalDate, DayCounters> counted = history.counters(from, to);
    List<DayCounters> days = new ArrayList<>();
    long[] byHour = new long[24];
    long[] sums = new long[7];
    List<LocalDate> daysWithCalls = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      DayCounters counters = counted.getOrDefault(day, DayCounters.none(day));
      days.add(counters);
      IntStream.range(0, 24).forEach(hour -> byHour[hour] += counters.callsIn(hour));
      long[] these = {
        counters.calls(),
        counters.valid(),
        counters.withheld(),
        counters.invalid(),
        counters.answeredFromCache(),
        counters.answeredQuick(),
        counters.answeredFallback()
      };
      IntStream.range(0, sums.length).forEach(i -> sums[i] += these[i]);
      if (counters.calls() > 0) {
        daysWithCalls.add(day);
      }
    }
    Map<Integer, Long> hours = new HashMap<>();
    IntStream.range(0, 24).filter(h -> byHour[h] > 0).forEach(h -> hours.put(h, byHour[h]));
    DayCounters total =
        new DayCounters(from, sums[0], hours, sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
    return new RangeStatistics(
        from,
        to,
        days,
        IntStream.range(0, 24).mapToObj(h -> byHour[h]).toList(),
        total,
        top(CounterDimension.WORD, daysWithCalls),
        top(CounterDimension.AREA, daysWithCalls));
  }

  /**
   * The range's local days {@code from}–{@code to} in {@code zone}: the hourly counters of the UTC
   * days that hold them, each UTC hour put in the local hour it is.
   *
   * @throws ZoneNotInWholeHoursException when the zone's offset is not a whole number of hours at
   *     some time of the range
   */
  public ZonedStatistics over(LocalDate from, LocalDate to, ZoneId zone) {
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    requireWholeHours(zone, start, end);
    RangeStatistics utc =
        over(
            LocalDate.ofInstant(start, ZoneOffset.UTC),
            LocalDate.ofInstant(end.minusNanos(1), ZoneOffset.UTC));
    Map<LocalDate, Long> byDay = new TreeMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      byDay.put(day, 0L);
    }
    long[] byHour = new long[24];
    for (DayCounters counters : utc.days()) {
      for (int hour = 0; hour < 24; hour++) {
        long calls = counters.callsIn(hour);
        if (calls == 0) {
          continue;
        }
        ZonedDateTime local =
            counters.day().atStartOfDay(ZoneOffset.UTC).plusHours(hour).withZoneSameInstant(zone);
        if (byDay.containsKey(local.toLocalDate())) {
          byDay.merge(local.toLocalDate(), calls, Long::sum);
          byHour[local.getHour()] += calls;
        }
      }
    }
    return new ZonedStatistics(
        from,
        to,
        zone,
        byDay.entrySet().stream().map(e -> new Tally(e.getKey().toString(), e.getValue())).toList(),
        IntStream.range(0, 24).mapToObj(h -> byHour[h]).toList(),
        utc);
  }

  private static void requireWholeHours(ZoneId zone, Instant start, Instant end) {
    ZoneRules rules = zone.getRules();
    requireWholeHours(zone, rules.getOffset(start));
    for (ZoneOffsetTransition change = rules.nextTransition(start);
        change != null && change.getInstant().isBefore(end);
        change = rules.nextTransition(change.getInstant())) {
      requireWholeHours(zone, change.getOffsetAfter());
    }
  }

  private static void requireWholeHours(ZoneId zone, ZoneOffset offset) {
    if (offset.getTotalSeconds() % 3600 != 0) {
      throw new ZoneNotInWholeHoursException(zone, offset);
    }
  }

  /** The most frequent words or area codes over these days, most first: one query per day. */
  public List<Tally> top(CounterDimension dimension, List<LocalDate> days) {
    return history.countsBy(dimension, days).entrySet().stream()
        .filter(entry -> !entry.getKey().equals(NONE))
        .map(entry -> new Tally(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingLong(Tally::calls).reversed().thenComparing(Tally::key))
        .limit(top)
        .toList();
  }
}
