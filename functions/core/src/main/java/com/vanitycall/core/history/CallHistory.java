package com.vanitycall.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the call pipeline stored, read back (docs/data.md): every read is a key look-up or a query
 * bounded by what was asked, never a scan. Callers' calls only: the calls a load tool made are read
 * only through {@link #withSynthetic()}.
 */
public interface CallHistory {

  /**
   * This history with the calls load tools made as well, in every read but {@link #lastCalls} (what
   * the page shows is callers' calls only): for an analyst who asks for them.
   */
  CallHistory withSynthetic();

  /** A page of calls, newest first, at most {@link CallQuery#limit()} of them. */
  List<StoredCall> calls(CallQuery query);

  /**
   * The last {@code n} calls, newest first, looking back from {@code today} over at most {@code
   * days} days.
   */
  List<StoredCall> lastCalls(int n, LocalDate today, int days);

  /** The day's counters, if any call was counted that day. */
  Optional<DayCounters> counters(LocalDate day);

  /** The counters of the days in [{@code from}, {@code to}] that had calls, by day. */
  Map<LocalDate, DayCounters> counters(LocalDate from, LocalDate to);

  /** A day's calls per area code (keys like {@code 1800}, {@code none}) or per headline word. */
  default Map<String, Long> countsBy(CounterDimension dimension, LocalDate day) {
    return countsBy(dimension, List.of(day));
  }

  /** The calls of these days per area code or per headline word, added up. */
  Map<String, Long> countsBy(CounterDimension dimension, List<LocalDate> days);
}
