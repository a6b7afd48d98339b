package com.vanitycall.aws.schema;

import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import java.util.Map;

/**
 * The names of the stream and tables of one local stack, and the environment variables that carry
 * them to the handlers (the same variables the CDK app sets on AWS: {@link SharedVariables}).
 */
public record ResourceNames(
    String callEventsStream,
    String vanityCacheTable,
    String callsTable,
    String analyticsTable,
    String deadLettersTable) {

  public static final ResourceNames DEFAULT =
      new ResourceNames(
          "vanitycall-call-events",
          "vanitycall-vanity-cache",
          "vanitycall-calls",
          "vanitycall-analytics",
          "vanitycall-dead-letters");

  /** Names with a prefix of their own, so that tests sharing one emulator do not meet. */
  public static ResourceNames prefixed(String prefix) {
    return new ResourceNames(
        prefix + "-call-events",
        prefix + "-vanity-cache",
        prefix + "-calls",
        prefix + "-analytics",
        prefix + "-dead-letters");
  }

  /**
   * The names an environment carries.
   *
   * @throws InvalidConfigurationException naming the first variable it lacks
   */
  public static ResourceNames fromEnvironment(Environment environment) {
    return new ResourceNames(
        environment.required(SharedVariables.CALL_EVENTS_STREAM),
        environment.required(SharedVariables.VANITY_CACHE_TABLE),
        environment.required(SharedVariables.CALLS_TABLE),
        environment.required(SharedVariables.ANALYTICS_TABLE),
        environment.required(SharedVariables.DEAD_LETTERS_TABLE));
  }

  public Map<String, String> asEnvironment() {
    return Map.of(
        SharedVariables.CALL_EVENTS_STREAM, callEventsStream,
        SharedVariables.VANITY_CACHE_TABLE, vanityCacheTable,
        SharedVariables.CALLS_TABLE, callsTable,
        SharedVariables.ANALYTICS_TABLE, analyticsTable,
        SharedVariables.DEAD_LETTERS_TABLE, deadLettersTable);
  }
}
