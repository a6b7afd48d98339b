package com.vanitycall.local.lake;

/**
 * A query the local lake will not run: not one read-only SELECT, or one that reads outside the
 * lake. Refused before it runs; the message says what and why, in one line.
 */
public final class RefusedQueryException extends RuntimeException {

  public RefusedQueryException(String message) {
    super(message);
  }
}
