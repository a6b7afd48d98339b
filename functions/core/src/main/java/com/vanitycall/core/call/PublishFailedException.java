package com.vanitycall.core.call;

/** The stream refused a call event or could not be reached in time. */
public class PublishFailedException extends RuntimeException {

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
