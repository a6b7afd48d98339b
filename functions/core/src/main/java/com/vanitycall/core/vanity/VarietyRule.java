package com.vanitycall.core.vanity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Makes the top five five different ideas without offering junk. Taking candidates best first, in
 * passes until five are picked:
 *
 * <ol>
 *   <li>new ideas worth offering: a candidate is a new idea when none of its words was already
 *       offered, nor a longer or shorter form of one (FLOW, FLOWER, FLOWERS; two-letter glue words
 *       may repeat), and worth offering when it scores at least {@value #WORTH_PERCENT}% of the
 *       best;
 *   <li>new combinations worth offering: an offered word with a new one (HOT-JUNK after GOT-JUNK)
 *       beats an option a person would not pick at all;
 *   <li>new ideas, however weak; then the rest (FLOWER-7 after FLOWERS comes last).
 * </ol>
 *
 * The picked candidates keep their order, best first.
 */
final class VarietyRule {

  static final int WORTH_PERCENT = 40;
  private static final int SHORTEST_IDEA = 3;

  /** What a pass takes: a candidate's words against the words offered so far. */
  private enum Pass {
    NEW_IDEAS_WORTH_OFFERING(true, VarietyRule::isNewIdea),
    NEW_COMBINATIONS_WORTH_OFFERING(true, VarietyRule::bringsANewIdea),
    NEW_IDEAS(false, VarietyRule::isNewIdea),
    THE_REST(false, (words, offered) -> true);

    private final boolean onlyWorthOffering;
    private final BiPredicate<List<String>, List<String>> takes;

    Pass(boolean onlyWorthOffering, BiPredicate<List<String>, List<String>> takes) {
      this.onlyWorthOffering = onlyWorthOffering;
      this.takes = takes;
    }
  }

  private VarietyRule() {}

  /** The ranks of the candidates to offer, best first; {@code scoreOf} maps a rank to its score. */
  static List<Integer> pick(List<List<String>> wordsByRank, IntUnaryOperator scoreOf, int results) {
    List<Integer> picked = new ArrayList<>();
    List<String> offeredWords = new ArrayList<>();
    int worthOffering = wordsByRank.isEmpty() ? 0 : scoreOf.applyAsInt(0) * WORTH_PERCENT / 100;
    for (Pass pass : Pass.values()) {
      for (int rank = 0; rank < wordsByRank.size() && picked.size() < results; rank++) {
        List<String> words = wordsByRank.get(rank);
        boolean tooWeak = pass.onlyWorthOffering && scoreOf.applyAsInt(rank) < worthOffering;
        if (!picked.contains(rank) && !tooWeak && pass.takes.test(words, offeredWords)) {
          picked.add(rank);
          offeredWords.addAll(words);
        }
      }
    }
    picked.sort(null);
    return picked;
  }

  /**
   * True when the words hold an idea (a word of {@value #SHORTEST_IDEA} letters or more) and none
   * repeats an offered one.
   */
  static boolean isNewIdea(List<String> words, List<String> offeredWords) {
    return words.stream().anyMatch(VarietyRule::isIdea) && repeatsNoIdea(words, offeredWords);
  }

  /**
   * True when no word repeats an offered idea, nor is a longer or shorter form of one; two-letter
   * glue words never do.
   */
  static boolean repeatsNoIdea(List<String> words, List<String> offeredWords) {
    return words.stream().noneMatch(word -> repeatsAnIdea(word, offeredWords));
  }

  /** True when at least one word is an idea not offered yet (HOT in HOT-JUNK after GOT-JUNK). */
  private static boolean bringsANewIdea(List<String> words, List<String> offeredWords) {
    return words.stream().anyMatch(word -> isIdea(word) && !repeatsAnIdea(word, offeredWords));
  }

  private static boolean isIdea(String word) {
    return word.length() >= SHORTEST_IDEA;
  }

  private static boolean repeatsAnIdea(String word, List<String> offeredWords) {
    if (!isIdea(word)) {
      return false;
    }
    for (String offered : offeredWords) {
      if (isIdea(offered) && (offered.startsWith(word) || word.startsWith(offered))) {
        return true;
      }
    }
    return false;
  }
}
