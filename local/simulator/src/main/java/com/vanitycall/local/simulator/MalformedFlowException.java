package com.vanitycall.local.simulator;

/**
 * A flow the simulator will not run: malformed, or using what it does not implement; names the
 * block.
 */
public class MalformedFlowException extends RuntimeException {

  public MalformedFlowException(String message) {
    super(message);
  }
}
