package com.vanitycall.loadtest;

/** Two reports of different kinds of run (a storm against a replay): they do not compare. */
public final class IncomparableReportsException extends RuntimeException {

  public IncomparableReportsException(String message) {
    super(message);
  }
}
