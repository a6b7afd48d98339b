package com.vanitycall.connect;

/**
 * The invocation is not a contact flow event this handler can answer; the flow takes its error
 * branch.
 */
public class MalformedContactEventException extends RuntimeException {

  public MalformedContactEventException(String message) {
    super(message);
  }
}
