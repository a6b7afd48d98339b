package com.vanitycall.local.simulator;

/**
 * A Connect test file uses a part of the testing language the simulator does not implement (or is
 * malformed); the message names the observation or action and the feature.
 */
public class UnsupportedTestLanguageException extends RuntimeException {

  public UnsupportedTestLanguageException(String message) {
    super(message);
  }
}
