package com.vanitycall.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
