package com.vanitycall.core.call;

/** Where the answer a caller heard came from. */
public enum VanitySource {
  /** The best 5 of an earlier deep scoring, read from the vanity cache. */
  CACHE,
  /** Computed during the call by the quick profile of the engine. */
  QUICK,
  /**
   * No vanity could be offered (withheld or invalid number): the caller heard a friendly message.
   */
  FALLBACK
}
