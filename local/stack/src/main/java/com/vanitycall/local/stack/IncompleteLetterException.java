package com.vanitycall.local.stack;

/** A dead letter keeps only the head of its payload, so it cannot be redriven; says which. */
public class IncompleteLetterException extends RuntimeException {

  public IncompleteLetterException(String message) {
    super(message);
  }
}
