package com.vanitycall.pipeline;

import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
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

  public PipelineConfig {
    if (callerTtl == null || callerTtl.isNegative() || callerTtl.isZero()) {
      throw new IllegalArgumentException("the caller TTL must be positive");
    }
  }

  /**
   * @throws InvalidConfigurationException naming the variable, when one is set but not valid
   */
  public static PipelineConfig fromEnvironment(Map<String, String> environment) {
    return new PipelineConfig(new Environment(environment).callerRetention());
  }
}
