package com.vanitycall.local.workflow;

/** The target failed a whole batch (the execution failed or timed out); the pipe retries it. */
public class PipeTargetException extends RuntimeException {

  public PipeTargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
