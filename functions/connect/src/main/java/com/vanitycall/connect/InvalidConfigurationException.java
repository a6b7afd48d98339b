package com.vanitycall.connect;

/**
 * An environment variable is missing or holds a value the handler cannot use; the message names it.
 */
public class InvalidConfigurationException extends RuntimeException {

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
