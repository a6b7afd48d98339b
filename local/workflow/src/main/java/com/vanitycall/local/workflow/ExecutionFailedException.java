package com.vanitycall.local.workflow;

/** A state machine execution failed, timed out, or its engine stopped; the error says which. */
public class ExecutionFailedException extends Exception {

  private final String error;

  public ExecutionFailedException(String error, String cause) {
    super(error + ": " + cause);
    this.error = error;
  }

  public String error() {
    return error;
  }
}
