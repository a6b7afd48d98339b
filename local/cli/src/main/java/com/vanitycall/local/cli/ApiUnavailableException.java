package com.vanitycall.local.cli;

/** The API a command reads from cannot be reached: none running, or it did not answer. */
final class ApiUnavailableException extends RuntimeException {

  ApiUnavailableException(String message) {
    super(message);
  }
}
