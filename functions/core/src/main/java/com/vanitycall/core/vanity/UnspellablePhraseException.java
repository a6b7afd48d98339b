package com.vanitycall.core.vanity;

/** A word or phrase no dialable number can spell, and why, in words a marketer understands. */
public final class UnspellablePhraseException extends IllegalArgumentException {

  public UnspellablePhraseException(String message) {
    super(message);
  }
}
