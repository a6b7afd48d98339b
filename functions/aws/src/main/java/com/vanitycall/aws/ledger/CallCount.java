package com.vanitycall.aws.ledger;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;

/**
 * What one call adds to the analytics counters (docs/data.md): one to its day's item (and there to
 * its hour, its caller status and its answer's source), one to its day's area code and one to its
 * day's headline word.
 *
 * @param day the day's own counters, {@code day#2026-11-22 / total}
 * @param hour the day item's attribute for the call's UTC hour, {@code hour13}
 * @param area the area code's counter, {@code area#2026-11-22 / 1800} ({@code none} without a
 *     number)
 * @param word the headline word's counter, {@code word#2026-11-22 / FLOWERS}
 */
public record CallCount(
    CounterKey day,
    String hour,
    CounterKey area,
    CounterKey word,
    CallerStatus status,
    VanitySource source) {}
