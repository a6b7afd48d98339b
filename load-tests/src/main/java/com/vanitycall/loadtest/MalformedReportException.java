package com.vanitycall.loadtest;

/** A file given as a load report is not one. */
public final class MalformedReportException extends RuntimeException {

  public MalformedReportException(String message) {
    super(message);
  }
}
