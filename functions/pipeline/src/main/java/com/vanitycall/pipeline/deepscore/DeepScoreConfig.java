package com.vanitycall.pipeline.deepscore;

import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.time.Duration;
import java.util.Map;

/**
 * DeepScore's configuration, read once from the environment (docs/configuration.md).
 *
 * @param callerTtl {@code CALLER_TTL_DAYS} (default 90): when the cache entry DeepScore makes for a
 *     caller's number, and the dead letter of a record that did not parse, expire
 */
public record DeepScoreConfig(Duration callerTtl) {

  public DeepScoreConfig {
    if (callerTtl == null || callerTtl.isNegative() || callerTtl.isZero()) {
      throw new IllegalArgumentException("the caller TTL must be positive");
    }
  }

  /**
   * @throws InvalidConfigurationException naming the variable, when one is set but not valid
   */
  public static DeepScoreConfig fromEnvironment(Map<String, String> environment) {
    return new DeepScoreConfig(new Environment(environment).callerTtl());
  }
}
