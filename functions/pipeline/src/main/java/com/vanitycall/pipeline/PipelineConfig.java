package com.vanitycall.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * The pipeline task handlers' configuration, read once from the environment.
 *
 * @param callerTtl how long anything holding a caller's number is kept ({@code CALLER_TTL_DAYS},
 *     default 90): the calls, the cached vanities, the processed-event markers and the dead letters
 *     of records that did not parse
 */
public record PipelineConfig(Duration callerTtl) {

  static final String CALLER_TTL_DAYS = "CALLER_TTL_DAYS";
  private static final long DEFAULT_CALLER_TTL_DAYS = 90;

  public PipelineConfig {
    if (callerTtl == null || callerTtl.isNegative() || callerTtl.isZero()) {
      throw new IllegalArgumentException("the caller TTL must be positive");
    }
  }

  /**
   * @throws IllegalArgumentException naming the variable, when one is set but not valid
   */
  public static PipelineConfig fromEnvironment(Map<String, String> environment) {
    String days = environment.get(CALLER_TTL_DAYS);
    if (days == null || days.isBlank()) {
      return new PipelineConfig(Duration.ofDays(DEFAULT_CALLER_TTL_DAYS));
    }
    try {
      long parsed = Long.parseLong(days.strip());
      if (parsed < 1) {
        throw new IllegalArgumentException(CALLER_TTL_DAYS + " must be at least 1, not " + days);
      }
      return new PipelineConfig(Duration.ofDays(parsed));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          CALLER_TTL_DAYS + " must be a whole number of days, not '" + days + "'", e);
    }
  }
}
