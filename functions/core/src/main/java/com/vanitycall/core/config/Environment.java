package com.vanitycall.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a deployable's environment variables, the same way for every deployable: a missing or
 * invalid value fails with an {@link InvalidConfigurationException} that names the variable
 * (docs/configuration.md lists them all).
 */
public final class Environment {

  /** How long anything holding a caller's number is kept, in days. */
  public static final String CALLER_TTL_DAYS = "CALLER_TTL_DAYS";

  private static final long DEFAULT_CALLER_TTL_DAYS = 90;

  private final Map<String, String> variables;

  public Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  public String required(String name) {
    return optional(name)
        .orElseThrow(() -> new InvalidConfigurationException(name + " must be set"));
  }

  /** An absolute URL, if the variable is set (endpoint overrides of the local stack). */
  public Optional<URI> endpoint(String name) {
    return optional(name).map(value -> absoluteUrl(name, value));
  }

  public URI requiredEndpoint(String name) {
    return absoluteUrl(name, required(name));
  }

  /** A positive whole number, or {@code defaultValue} when the variable is not set. */
  public long positive(String name, long defaultValue) {
    String value = optional(name).orElse(null);
    if (value == null) {
      return defaultValue;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the variable's name
    }
    throw new InvalidConfigurationException(
        name + " must be a positive whole number, was '" + value + "'");
  }

  /** {@value #CALLER_TTL_DAYS}, 90 days unless set. */
  public Duration callerTtl() {
    return Duration.ofDays(positive(CALLER_TTL_DAYS, DEFAULT_CALLER_TTL_DAYS));
  }

  public Optional<String> optional(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static URI absoluteUrl(String name, String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new InvalidConfigurationException(
            name + " must be an absolute URL such as http://127.0.0.1:8000, was '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidConfigurationException(name + " is not a URL: '" + value + "'");
    }
  }
}
