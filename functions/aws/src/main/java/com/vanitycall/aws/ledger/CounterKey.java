package com.vanitycall.aws.ledger;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.core.call.Traffic;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key of one counter item of the analytics table (docs/data.md): the partition {@code counter}
 * groups what one query reads ({@code day#2026-11-22}, {@code word#2026-11-22}), the sort key
 * {@code subject} names the counted thing ({@code total}, {@code FLOWERS}, {@code 1800}).
 */
public record CounterKey(String counter, String subject) implements Comparable<CounterKey> {

  private static final Comparator<CounterKey> ORDER =
      Comparator.comparing(CounterKey::counter).thenComparing(CounterKey::subject);

  public CounterKey {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(subject, "subject");
  }

  /** The day's own counters. */
  public static CounterKey dayOf(LocalDate day, Traffic traffic) {
    return new CounterKey(DayCounters.counterOf(day, traffic), DayCounters.SUBJECT);
  }

  /** One area code's or one word's counter that day. */
  public static CounterKey of(
      CounterDimension dimension, LocalDate day, Traffic traffic, String subject) {
    return new CounterKey(dimension.counterOf(day, traffic), subject);
  }

  Map<String, AttributeValue> item() {
    return Map.of(
        AnalyticsTable.COUNTER,
        AttributeValue.fromS(counter),
        AnalyticsTable.SUBJECT,
        AttributeValue.fromS(subject));
  }

  @Override
  public int compareTo(CounterKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return counter + "/" + subject;
  }
}
