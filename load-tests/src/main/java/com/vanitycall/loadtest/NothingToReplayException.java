package com.vanitycall.loadtest;

/** A replay was given no records to send (an empty file, or a seek past its end). */
public final class NothingToReplayException extends RuntimeException {

  public NothingToReplayException(String message) {
    super(message);
  }
}
