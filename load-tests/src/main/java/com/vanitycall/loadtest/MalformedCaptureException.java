package com.vanitycall.loadtest;

/** A capture file's line is not a captured record. */
public class MalformedCaptureException extends RuntimeException {

  public MalformedCaptureException(String message, Throwable cause) {
    super(message, cause);
  }
}
