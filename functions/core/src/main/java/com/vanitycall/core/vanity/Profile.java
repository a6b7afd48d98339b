package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.WordSet;

/**
 * How hard the engine looks: which words it may use, and how many of the best candidates the
 * variety rule picks the five from. Both rank with the same model, and deep searches a superset
 * (every quick word, more candidates), so its best is never worse than quick's.
 */
public enum Profile {
  /** Common words only: what the Connect handler computes on a cache miss, in microseconds. */
  QUICK(WordSet.COMMON, 40),
  /** The full word list and more candidates: what the workflow computes for the cache. */
  DEEP(WordSet.FULL, 160);

  private final WordSet wordSet;
  private final int candidates;

  Profile(WordSet wordSet, int candidates) {
    this.wordSet = wordSet;
    this.candidates = candidates;
  }

  int candidates() {
    return candidates;
  }

  WordSet wordSet() {
    return wordSet;
  }
}
