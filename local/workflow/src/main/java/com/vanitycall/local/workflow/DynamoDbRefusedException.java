package com.vanitycall.local.workflow;

/**
 * DynamoDB answered a request with an error.
 *
 * @see #exception()
 */
public class DynamoDbRefusedException extends Exception {

  private final String exception;
  private final int statusCode;

  /**
   * @param exception the error's short name, e.g. {@code ConditionalCheckFailedException}
   * @param message DynamoDB's message, with the cancellation reasons of a cancelled transaction
   */
  public DynamoDbRefusedException(String exception, String message, int statusCode) {
    super(message);
    this.exception = exception;
    this.statusCode = statusCode;
  }

  public String exception() {
    return exception;
  }

  public int statusCode() {
    return statusCode;
  }
}
