package com.vanitycall.local.lake;

/**
 * A query that could not run as written (a syntax error, an unknown column): the engine's words.
 */
public final class QueryFailedException extends RuntimeException {

  public QueryFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
