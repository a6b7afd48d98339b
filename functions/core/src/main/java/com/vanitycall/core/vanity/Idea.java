package com.vanitycall.core.vanity;

import java.util.Comparator;

/**
 * A candidate vanity with the idea it stands for: results that share their longest word's first
 * {@value #GROUP_LETTERS} letters are one idea (FLOWERS and FLOWER-7), so the top five differ.
 */
record Idea(String group, Vanity vanity) {

  static final int GROUP_LETTERS = 5;

  /** Higher score first; equal scores in alphabetical order of the display, for determinism. */
  static final Comparator<Idea> BEST_FIRST =
      Comparator.comparingInt((Idea idea) -> -idea.vanity().score())
          .thenComparing(idea -> idea.vanity().display());

  static String groupOf(String longestWord) {
    return longestWord.substring(0, Math.min(GROUP_LETTERS, longestWord.length()));
  }

  int score() {
    return vanity.score();
  }
}
