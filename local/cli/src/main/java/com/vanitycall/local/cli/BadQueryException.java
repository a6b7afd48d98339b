package com.vanitycall.local.cli;

/** The API refused a query; the message is the API's own, saying what to fix. */
final class BadQueryException extends RuntimeException {

  BadQueryException(String message) {
    super(message);
  }
}
