package com.vanitycall.core.vanity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntUnaryOperator;

/** Whether the candidate of one rank is a rare-word variant of the candidate of another. */
@FunctionalInterface
interface RareTwins {
  boolean isRareTwin(int rank, int ofRank);
}

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
 * In the first three passes a rare variant never takes a place from its common twin (MEW-HOME and
 * NEW-HOME: the same digits in the same places, MEW far rarer than NEW): a candidate whose common
 * twin is among the candidates gives its place to the twin (when the pass would take the twin: a
 * rare variant is judged as the idea it varies), and one whose twin was offered is the same idea,
 * left to the last pass. The best candidate always keeps its place: the model scored it first, so a
 * phrase of rarer words ranks there only when it is a phrase its twin is not. The picked candidates
 * keep their order, best first.
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

  /**
   * The ranks of the candidates to offer, best first; {@code scoreOf} maps a rank to its score,
   * {@code twins} tells rare variants.
   */
  static List<Integer> pick(
      List<List<String>> wordsByRank, IntUnaryOperator scoreOf, RareTwins twins, int results) {
    List<Integer> picked = new ArrayList<>();
    List<String> offeredWords = new ArrayList<>();
    int worthOffering = wordsByRank.isEmpty() ? 0 : scoreOf.applyAsInt(0) * WORTH_PERCENT / 100;
    for (Pass pass : Pass.values()) {
      for (int rank = 0; rank < wordsByRank.size() && picked.size() < results; rank++) {
        if (picked.contains(rank)
            || !takes(pass, rank, wordsByRank, scoreOf, worthOffering, offeredWords)) {
          continue;
        }
        boolean keepsItsPlace = pass == Pass.THE_REST || rank == 0;
        int place = keepsItsPlace ? rank : commonTwinOf(rank, picked, twins, wordsByRank);
        if (place == rank
            || (place >= 0
                && takes(pass, place, wordsByRank, scoreOf, worthOffering, offeredWords))) {
          picked.add(place);
          offeredWords.addAll(wordsByRank.get(place));
        }
      }
    }
    picked.sort(null);
    return picked;
  }

  /** True when the pass takes the candidate of this rank, given the words offered so far. */
  private static boolean takes(
      Pass pass,
      int rank,
      List<List<String>> wordsByRank,
      IntUnaryOperator scoreOf,
      int worthOffering,
      List<String> offeredWords) {
    boolean tooWeak = pass.onlyWorthOffering && scoreOf.applyAsInt(rank) < worthOffering;
    return !tooWeak && pass.takes.test(wordsByRank.get(rank), offeredWords);
  }

  /**
   * Who takes the place of candidate {@code rank}: itself, or the best common twin of it that was
   * not picked; -1 when it is a rare variant of a picked one (the same idea).
   */
  private static int commonTwinOf(
      int rank, List<Integer> picked, RareTwins twins, List<List<String>> wordsByRank) {
    for (int offered : picked) {
      if (twins.isRareTwin(rank, offered)) {
        return -1;
      }
    }
    for (int other = 0; other < wordsByRank.size(); other++) {
      if (other != rank && !picked.contains(other) && twins.isRareTwin(rank, other)) {
        return other;
      }
    }
    return rank;
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
  static boolean bringsANewIdea(List<String> words, List<String> offeredWords) {
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
