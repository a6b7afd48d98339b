package com.vanitycall.loadtest;

/** The stream kept refusing records after every retry. */
public class StreamRefusedException extends RuntimeException {

  public StreamRefusedException(String message) {
    super(message);
  }

  public StreamRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
