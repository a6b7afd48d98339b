package com.vanitycall.loadtest;

/** A threshold expression that cannot be read, or names what the command does not measure. */
public final class InvalidThresholdException extends IllegalArgumentException {

  public InvalidThresholdException(String message) {
    super(message);
  }
}
