package com.vanitycall.aws.schema;

/** A stream or table the local stack created did not become ready in time. */
public class ResourceNotReadyException extends RuntimeException {

  public ResourceNotReadyException(String message) {
    super(message);
  }
}
