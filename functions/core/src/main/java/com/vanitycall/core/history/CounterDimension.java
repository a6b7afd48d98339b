package com.vanitycall.core.history;

import com.vanitycall.core.call.Traffic;
import java.time.LocalDate;

/** What a day's calls are also counted by, besides the day itself. */
public enum CounterDimension {
  /** Country and area code of the caller's number ({@code 1800}); {@code none} without one. */
  AREA("area"),
  /** The headline word of the best vanity ({@code FLOWERS}); {@code none} without one. */
  WORD("word");

  private final String prefix;

  CounterDimension(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The analytics table's partition key of the day's counters, {@code word#2026-11-22} ({@code
   * synthetic#word#2026-11-22} for a load tool's calls).
   */
  public String counterOf(LocalDate day, Traffic traffic) {
    return traffic.key(prefix + "#" + day);
  }
}
