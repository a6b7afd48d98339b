package com.vanitycall.local.simulator;

/**
 * The Lambda invocation failed as Connect sees it (an error, a timeout, or a response that breaks
 * Connect's rules): the flow takes the block's error branch.
 */
public class LambdaInvocationException extends Exception {

  public LambdaInvocationException(String message) {
    super(message);
  }

  public LambdaInvocationException(String message, Throwable cause) {
    super(message, cause);
  }
}
