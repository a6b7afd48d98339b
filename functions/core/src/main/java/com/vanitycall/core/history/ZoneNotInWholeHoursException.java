package com.vanitycall.core.history;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A time zone whose offset from UTC is not a whole number of hours at some time of a range (India's
 * +05:30, Nepal's +05:45): the hourly counters cannot be split into its hours.
 */
public final class ZoneNotInWholeHoursException extends RuntimeException {

  public ZoneNotInWholeHoursException(ZoneId zone, ZoneOffset offset) {
    super(zone.getId() + " is " + offset.getId() + " from UTC, not a whole number of hours");
  }
}
