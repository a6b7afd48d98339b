package com.vanitycall.local.web;

/** A request's query string is not percent-encoded UTF-8; the message says which part. */
final class MalformedQueryException extends RuntimeException {

  MalformedQueryException(String message) {
    super(message);
  }
}
