package com.vanitycall.api;

/** A request the API cannot answer as asked; the message tells the caller what to fix. */
public final class BadRequestException extends RuntimeException {

  public BadRequestException(String whatToFix) {
    super(whatToFix);
  }
}
