package com.vanitycall.aws.schema;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import java.util.OptionalInt;

/**
 * The analytics table (docs/data.md): counters, each call counted once by the call ledger and read
 * by the call history. A counter item is keyed by {@link #COUNTER} ({@code day#2026-11-22}, {@code
 * word#2026-11-22}) and {@link #SUBJECT} ({@code total}, {@code FLOWERS}, {@code 1800}).
 */
public final class AnalyticsTable {

  public static final String COUNTER = "counter";
  public static final String SUBJECT = "subject";

  /** Every counter item's count of calls. */
  public static final String CALLS = "calls";

  public static final String VALID = "valid";
  public static final String WITHHELD = "withheld";
  public static final String INVALID = "invalid";
  public static final String ANSWERED_FROM_CACHE = "answeredFromCache";
  public static final String ANSWERED_QUICK = "answeredQuick";
  public static final String ANSWERED_FALLBACK = "answeredFallback";

  public static final TableDesign DESIGN = TableDesign.keyedBy(COUNTER).sortedBy(SUBJECT);

  private static final String HOUR = "hour";

  private AnalyticsTable() {}

  /** The day item's attribute for the calls of a caller status, {@code withheld}. */
  public static String callsOf(CallerStatus status) {
    return switch (status) {
      case VALID -> VALID;
      case WITHHELD -> WITHHELD;
      case INVALID -> INVALID;
    };
  }

  /** The day item's attribute for the calls answered from a source, {@code answeredQuick}. */
  public static String callsOf(VanitySource source) {
    return switch (source) {
      case CACHE -> ANSWERED_FROM_CACHE;
      case QUICK -> ANSWERED_QUICK;
      case FALLBACK -> ANSWERED_FALLBACK;
    };
  }

  /** The day item's attribute for the calls of a UTC hour, {@code hour07}. */
  public static String hour(int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("an hour of the day is 0 to 23");
    }
    return String.format("%s%02d", HOUR, hour);
  }

  /** The hour of a day item's attribute, if it is an hour's ({@code hour07} is 7). */
  public static OptionalInt hourOf(String attribute) {
    return attribute.matches(HOUR + "\\d\\d")
        ? OptionalInt.of(Integer.parseInt(attribute.substring(HOUR.length())))
        : OptionalInt.empty();
  }
}
