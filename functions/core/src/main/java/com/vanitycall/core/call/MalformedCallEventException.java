package com.vanitycall.core.call;

/** A stream record that is not a call event this code can read; the message says why. */
public class MalformedCallEventException extends RuntimeException {

  public MalformedCallEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
