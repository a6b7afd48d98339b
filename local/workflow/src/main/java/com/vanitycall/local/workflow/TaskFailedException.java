package com.vanitycall.local.workflow;

/**
 * A Task state's resource failed, with the error name Step Functions would report for it (e.g.
 * {@code DynamoDB.ConditionalCheckFailedException}): what Retry and Catch match on.
 */
public class TaskFailedException extends Exception {

  private final String error;

  public TaskFailedException(String error, String cause) {
    super(cause);
    this.error = error;
  }

  public String error() {
    return error;
  }
}
