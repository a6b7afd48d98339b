package com.vanitycall.core.vanity;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the top five five different ideas: taking candidates best first, a candidate is skipped
 * when one of its words was already offered, or is a longer or shorter form of one (FLOW, FLOWER,
 * FLOWERS). Two-letter words (GO, TO, MY) are glue and may repeat. When the number allows fewer
 * than five ideas, the best skipped candidates fill the remaining places.
 */
final class VarietyRule {

  private static final int SHORTEST_IDEA = 3;

  private VarietyRule() {}

  /** The ranks of the candidates to offer, best first. */
  static List<Integer> pick(List<List<String>> wordsByRank, int results) {
    List<Integer> picked = new ArrayList<>();
    List<String> offeredWords = new ArrayList<>();
    for (int rank = 0; rank < wordsByRank.size() && picked.size() < results; rank++) {
      List<String> words = wordsByRank.get(rank);
      if (words.stream().noneMatch(word -> repeatsAnIdea(word, offeredWords))) {
        picked.add(rank);
        offeredWords.addAll(words);
      }
    }
    for (int rank = 0; rank < wordsByRank.size() && picked.size() < results; rank++) {
      if (!picked.contains(rank)) {
        picked.add(rank);
      }
    }
    picked.sort(null);
    return picked;
  }

  private static boolean repeatsAnIdea(String word, List<String> offeredWords) {
    if (word.length() < SHORTEST_IDEA) {
      return false;
    }
    for (String offered : offeredWords) {
      if (offered.length() >= SHORTEST_IDEA
          && (offered.startsWith(word) || word.startsWith(offered))) {
        return true;
      }
    }
    return false;
  }
}
