package com.vanitycall.local.emulators;

/** A supervised child process is gone for good; the message says why. */
public class ChildGoneException extends RuntimeException {

  public ChildGoneException(String message) {
    super(message);
  }
}
