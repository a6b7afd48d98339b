package com.vanitycall.core.config;

/**
 * An environment variable is missing or holds a value a deployable cannot use; the message names
 * it.
 */
public class InvalidConfigurationException extends IllegalArgumentException {

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
