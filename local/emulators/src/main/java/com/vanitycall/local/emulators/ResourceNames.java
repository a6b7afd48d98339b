package com.vanitycall.local.emulators;

import java.util.Map;

/**
 * The names of the stream and tables of one local stack, and the environment variables that carry
 * them to the handlers (the same variables the CDK app sets on AWS).
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

  public Map<String, String> asEnvironment() {
    return Map.of(
        "CALL_EVENTS_STREAM", callEventsStream,
        "VANITY_CACHE_TABLE", vanityCacheTable,
        "CALLS_TABLE", callsTable,
        "ANALYTICS_TABLE", analyticsTable,
        "DEAD_LETTERS_TABLE", deadLettersTable);
  }
}
