package com.vanitycall.core.vanity;

import java.util.Arrays;

/**
 * The best candidates of one search, best first. A candidate is its path: one entry per segment,
 * the word's index in the keypad index or {@link #DIGIT}. Equal scores keep a fixed order (by
 * path), so the same number always gets the same answer.
 */
final class Candidates {

  static final int DIGIT = -1;

  private final int capacity;
  private final int[] scores;
  private final int[][] paths;
  private int count;

  Candidates(int capacity) {
    this.capacity = capacity;
    this.scores = new int[capacity];
    this.paths = new int[capacity][];
  }

  /** A candidate scoring below this cannot enter; the lowest kept score once full. */
  int threshold() {
    return count < capacity ? Integer.MIN_VALUE : scores[capacity - 1];
  }

  /** Keeps the candidate whose path is the first {@code depth} entries, if it is good enough. */
  void offer(int score, int[] path, int depth) {
    if (count == capacity && !ranksAbove(score, path, depth, capacity - 1)) {
      return;
    }
    int at = Math.min(count, capacity - 1);
    while (at > 0 && ranksAbove(score, path, depth, at - 1)) {
      scores[at] = scores[at - 1];
      paths[at] = paths[at - 1];
      at--;
    }
    scores[at] = score;
    paths[at] = Arrays.copyOf(path, depth);
    count = Math.min(count + 1, capacity);
  }

  int size() {
    return count;
  }

  int score(int rank) {
    return scores[rank];
  }

  int[] path(int rank) {
    return paths[rank];
  }

  private boolean ranksAbove(int score, int[] path, int depth, int rank) {
    if (score != scores[rank]) {
      return score > scores[rank];
    }
    return Arrays.compare(path, 0, depth, paths[rank], 0, paths[rank].length) < 0;
  }
}
