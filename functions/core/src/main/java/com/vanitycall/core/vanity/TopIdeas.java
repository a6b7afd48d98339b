package com.vanitycall.core.vanity;

import java.util.ArrayList;
import java.util.List;

/** The best candidate of each idea, keeping only the best few ideas. */
final class TopIdeas {

  private final int capacity;
  private final List<Idea> best = new ArrayList<>();

  TopIdeas(int capacity) {
    this.capacity = capacity;
  }

  /** A candidate scoring below this cannot enter; the lowest kept score once full. */
  int threshold() {
    return best.size() < capacity ? Integer.MIN_VALUE : best.get(capacity - 1).score();
  }

  void offer(Idea candidate) {
    for (int i = 0; i < best.size(); i++) {
      Idea kept = best.get(i);
      if (kept.group().equals(candidate.group())) {
        if (Idea.BEST_FIRST.compare(candidate, kept) >= 0) {
          return;
        }
        best.remove(i);
        break;
      }
    }
    int at = 0;
    while (at < best.size() && Idea.BEST_FIRST.compare(best.get(at), candidate) < 0) {
      at++;
    }
    best.add(at, candidate);
    if (best.size() > capacity) {
      best.remove(capacity);
    }
  }

  boolean isEmpty() {
    return best.isEmpty();
  }

  List<Vanity> vanities() {
    return best.stream().map(Idea::vanity).toList();
  }
}
