package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.WordSet;

/** How hard the engine looks: which words it may use. */
public enum Profile {
  /** Common words only: what the Connect handler computes on a cache miss, in microseconds. */
  QUICK(WordSet.COMMON),
  /** The full word list: what the workflow computes for the cache. */
  DEEP(WordSet.FULL);

  private final WordSet wordSet;

  Profile(WordSet wordSet) {
    this.wordSet = wordSet;
  }

  WordSet wordSet() {
    return wordSet;
  }
}
