package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.KeypadIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which options are worth saying to a caller, judged by the ranking model: the same judgment for
 * the call (how many options the flow speaks), the page and the counters' top words. An option is
 * worth saying when
 *
 * <ul>
 *   <li>it is {@linkplain #isSayable sayable}: its words of three letters or more are words a
 *       caller recognises at once (common in writing and in speech, and a noun, verb, adjective or
 *       adverb: not WHOM, THE), and it says one thing: one such word of four letters or more
 *       (1-800-FLOWERS, 1-800-3-LOWERS, 1-800-MY-APPLE) or a phrase whose adjacent words all go
 *       together (1-888-CALL-NOW, 1-888-BUY-CARS); not glue alone (55501-BE), nor words side by
 *       side that do not go together (BOOT-ACT, BALL-MOW);
 *   <li>and it scores at least {@value #NEAR_FIRST_PERCENT}% of the first option: an option far
 *       below the first is not worth a caller's time (3-LOWERS after FLOWERS);
 *   <li>and it brings a new idea over the options said before it (not BUY-CAR-7 after BUY-CARS).
 * </ul>
 *
 * Words are looked up in the whole shipped dictionary, so a quick engine judges a deep result (from
 * the cache) with the same knowledge as the deep engine that made it.
 */
public final class WorthSaying {

  /** An option scoring below this share of the first one's score is far below it. */
  public static final int NEAR_FIRST_PERCENT = 67;

  private static final int SHORTEST_CONTENT_WORD = 3;

  /** A word said alone has this many letters or more: 445-GUY-9 leaves most digits unspelled. */
  private static final int SHORTEST_LONE_WORD = 4;

  private static final int UNKNOWN = -1;

  private final KeypadIndex index;
  private final WordsTogether together;

  WorthSaying(KeypadIndex index, WordsTogether together) {
    this.index = index;
    this.together = together;
  }

  /**
   * The options worth saying, best first, in the order given; empty when none is. An option that
   * brings no new idea over those already taken (BUY-CAR-7 after BUY-CARS) is not said either.
   */
  public List<Vanity> of(List<Vanity> ranked) {
    List<Vanity> worth = new ArrayList<>();
    List<String> said = new ArrayList<>();
    if (ranked.isEmpty()) {
      return worth;
    }
    for (Vanity option : ranked) {
      if (isWorthSaying(option, ranked.get(0))
          && VarietyRule.bringsANewIdea(option.words(), said)) {
        worth.add(option);
        said.addAll(option.words());
      }
    }
    return worth;
  }

  /** True when the option is sayable and not far below the first option of its list. */
  public boolean isWorthSaying(Vanity option, Vanity first) {
    return isSayable(option)
        && (long) option.score() * 100 >= (long) first.score() * NEAR_FIRST_PERCENT;
  }

  /**
   * The word the counters count for a ranked list: the longest word of three letters or more (the
   * first of equals) of the first option worth saying; empty when none is (55501-BE counts no
   * word).
   */
  public Optional<String> headlineWord(List<Vanity> ranked) {
    return of(ranked).stream().findFirst().flatMap(WorthSaying::headlineWordOf);
  }

  /**
   * The headline word of an option worth saying: its longest word of three letters or more (the
   * first of equals).
   */
  public static Optional<String> headlineWordOf(Vanity option) {
    return option.words().stream()
        .filter(word -> word.length() >= SHORTEST_CONTENT_WORD)
        .max(Comparator.comparingInt(String::length));
  }

  /**
   * True when a caller recognises the option's words of three letters or more at once and it says
   * one thing: one such word of four letters or more, or a phrase.
   */
  public boolean isSayable(Vanity option) {
    int contentWords = 0;
    int longest = 0;
    for (String word : option.words()) {
      longest = Math.max(longest, word.length());
      if (word.length() >= SHORTEST_CONTENT_WORD) {
        int found = index.find(word);
        if (found == UNKNOWN || !isCommon(found) || index.tags(found) == 0) {
          return false;
        }
        contentWords++;
      }
    }
    return (contentWords == 1 && longest >= SHORTEST_LONE_WORD)
        || (contentWords > 1 && isPhrase(option));
  }

  /**
   * True when the option is a phrase of two or more common words that go together: its words stand
   * side by side (no digit between), each next to the one before makes a phrase ({@link
   * WordsTogether}), and every word is common (MY and NEW too).
   */
  public boolean isPhrase(Vanity option) {
    List<String> words = option.words();
    if (words.size() < 2 || !standSideBySide(option)) {
      return false;
    }
    int previous = UNKNOWN;
    for (String word : words) {
      int found = index.find(word);
      if (found == UNKNOWN || !isCommon(found)) {
        return false;
      }
      if (previous != UNKNOWN && together.percent(previous, found) == 0) {
        return false;
      }
      previous = found;
    }
    return true;
  }

  /** Common in writing and in speech, however short (MY is, glue or not). */
  private boolean isCommon(int word) {
    int longEnough = Math.max(SHORTEST_CONTENT_WORD, index.length(word));
    return VanityScore.recognition(longEnough, index.tier(word), index.frequencyClass(word))
        >= VanityScore.COMMON;
  }

  /** True when no digit stands between two of the option's words (6-WARS-53 is one word). */
  private static boolean standSideBySide(Vanity option) {
    String letters = option.letters();
    int first = firstLetter(letters);
    int last = lastLetter(letters);
    for (int i = first; i <= last; i++) {
      if (Character.isDigit(letters.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int firstLetter(String letters) {
    int i = 0;
    while (i < letters.length() && Character.isDigit(letters.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastLetter(String letters) {
    int i = letters.length() - 1;
    while (i >= 0 && Character.isDigit(letters.charAt(i))) {
      i--;
    }
    return i;
  }
}
