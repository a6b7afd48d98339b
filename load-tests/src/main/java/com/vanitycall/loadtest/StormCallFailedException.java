package com.vanitycall.loadtest;

/** A storm's call was not answered; its kind is what the report counts it by. */
public class StormCallFailedException extends RuntimeException {

  private final String kind;

  public StormCallFailedException(String kind, String message) {
    super(kind + ": " + message);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
