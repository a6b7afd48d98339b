package com.vanitycall.core.dictionary;

/** Which of the shipped dictionary's words to index. */
public enum WordSet {
  /** Common words only: what the quick profile searches. */
  COMMON,
  /** Every shipped word: what the deep profile searches. */
  FULL
}
