package com.vanitycall.loadtest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a threshold can judge, by the name it is written with ({@code p99<20ms}). */
public enum Metric {
  P50("p50", Kind.LATENCY),
  P90("p90", Kind.LATENCY),
  P95("p95", Kind.LATENCY),
  P99("p99", Kind.LATENCY),
  P999("p99.9", Kind.LATENCY),
  MAX("max", Kind.LATENCY),
  AVG("avg", Kind.LATENCY),
  RATE("rate", Kind.RATE),
  COUNT("count", Kind.COUNT),
  ERRORS("errors", Kind.COUNT),
  LATE("late", Kind.COUNT),
  DROPPED("dropped", Kind.COUNT),
  RETRIES("retries", Kind.COUNT),
  LOST("lost", Kind.COUNT),
  DOUBLED("doubled", Kind.COUNT);

  /** How a metric is measured, hence which units a threshold on it may use. */
  public enum Kind {
    /** milliseconds ({@code ms}, the default), seconds ({@code s}) or microseconds ({@code us}) */
    LATENCY,
    /** operations per second ({@code /s}, optional) */
    RATE,
    /** how many, or with {@code %} a share of the operations attempted */
    COUNT
  }

  /** The latency metrics, p50 to avg. */
  public static final Set<Metric> LATENCIES = EnumSet.range(P50, AVG);

  private final String written;
  private final Kind kind;

  Metric(String written, Kind kind) {
    this.written = written;
    this.kind = kind;
  }

  /** As written in a threshold. */
  public String written() {
    return written;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<Metric> named(String name) {
    return Arrays.stream(values()).filter(m -> m.written.equalsIgnoreCase(name)).findFirst();
  }
}
