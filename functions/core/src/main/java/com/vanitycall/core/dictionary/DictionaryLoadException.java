package com.vanitycall.core.dictionary;

/** The shipped dictionary resource is missing or not in the expected format. */
public final class DictionaryLoadException extends RuntimeException {

  public DictionaryLoadException(String message) {
    super(message);
  }

  public DictionaryLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
