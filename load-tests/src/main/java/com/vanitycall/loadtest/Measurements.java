package com.vanitycall.loadtest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a run measured, as its thresholds read it: each metric's value (latency in milliseconds,
 * rate per second, counts) and how many operations were attempted (what a {@code %} is a share of).
 */
public record Measurements(Map<Metric, Double> values, long attempts) {

  public Measurements {
    EnumMap<Metric, Double> copy = new EnumMap<>(Metric.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
    }
  }

  public Set<Metric> measured() {
    return values.keySet();
  }

  public Optional<Double> value(Metric metric) {
    return Optional.ofNullable(values.get(metric));
  }
}
