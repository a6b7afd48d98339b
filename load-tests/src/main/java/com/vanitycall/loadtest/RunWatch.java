package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.Optional;

/**
 * Looks at a run as it goes, once a second, and may end it early ({@code --abort-on-fail}: a
 * threshold the run has failed for good).
 */
@FunctionalInterface
public interface RunWatch {

  /** Never stops a run. */
  RunWatch NONE = (soFar, elapsed) -> Optional.empty();

  /**
   * @param soFar the run so far
   * @param elapsed how long it has gone
   * @return why to stop now, or empty to go on
   */
  Optional<String> stopBecause(LoadReport soFar, Duration elapsed);
}
