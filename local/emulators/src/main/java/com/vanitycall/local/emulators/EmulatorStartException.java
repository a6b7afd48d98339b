package com.vanitycall.local.emulators;

/** An emulator could not be started; the message says which and why. */
public class EmulatorStartException extends RuntimeException {

  public EmulatorStartException(String message) {
    super(message);
  }

  public EmulatorStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
