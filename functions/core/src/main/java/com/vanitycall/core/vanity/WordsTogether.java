package com.vanitycall.core.vanity;

import static com.vanitycall.core.dictionary.PhraseTag.ADJECTIVE;
import static com.vanitycall.core.dictionary.PhraseTag.AFTER_NOUN;
import static com.vanitycall.core.dictionary.PhraseTag.AFTER_VERB;
import static com.vanitycall.core.dictionary.PhraseTag.HEAD;
import static com.vanitycall.core.dictionary.PhraseTag.NOUN;
import static com.vanitycall.core.dictionary.PhraseTag.VERB;

import com.vanitycall.core.dictionary.KeypadIndex;
import com.vanitycall.core.dictionary.WordPairs;

/**
 * How strongly two adjacent words make a phrase people say, in percent of their points (model
 * {@code m3}); 0 when they do not go together. The evidence adds up, to at most {@value #MOST}:
 *
 * <ul>
 *   <li>{@value #REVIEWED}: a reviewed marketing head or tail in its place: BUY-, MY-, NEW- before
 *       a noun (and a head that is no adjective itself before an adjective: MY-NEW-HOME); -NOW
 *       after a verb; -HELP, -PRO, -MEDS after a noun. The strongest evidence but for a WordNet
 *       entry: we read these in advertising, where a pattern only says that a phrase is possible;
 *   <li>{@value #ATTESTED}: WordNet's glosses and examples put the two side by side ("buy a car");
 *   <li>{@value #ENTRY}: the two are one WordNet entry (car_loan, home_loan, hot_tub).
 * </ul>
 *
 * Inflections count as their lemma (CARS as CAR, GOT as GET). A part-of-speech pattern alone
 * (adjective + noun, verb + object) is no evidence: tried, it made VAN-PILL and QUIT-YES phrases
 * and lowered the share of top results holding a common word; the build uses the patterns only to
 * keep the glosses' neighbours that are phrases (phrases.mjs).
 */
final class WordsTogether {

  static final int REVIEWED = 40;
  static final int ATTESTED = 20;
  static final int ENTRY = 30;
  static final int MOST = 60;

  private static final int SHORTEST_CONTENT_WORD = 3;

  private final KeypadIndex index;
  private final WordPairs pairs;

  WordsTogether(KeypadIndex index, WordPairs pairs) {
    this.index = index;
    this.pairs = pairs;
  }

  /**
   * How strongly {@code first} then {@code second} (word indices) go together, 0 to {@value #MOST}.
   */
  int percent(int first, int second) {
    int before = index.tags(first);
    int after = index.tags(second);
    int percent = 0;
    if (reviewedTogether(before, after, index.length(second) >= SHORTEST_CONTENT_WORD)) {
      percent += REVIEWED;
    }
    int kind = pairs.kind(index.lemmaLine(first), index.lemmaLine(second));
    if ((kind & WordPairs.ATTESTED) != 0) {
      percent += ATTESTED;
    }
    if ((kind & WordPairs.ENTRY) != 0) {
      percent += ENTRY;
    }
    return Math.min(MOST, percent);
  }

  /** A head takes a noun of three letters or more (FIX-HE is no phrase); a tail follows any. */
  private static boolean reviewedTogether(int before, int after, boolean contentAfter) {
    boolean headOfNoun = HEAD.in(before) && NOUN.in(after) && contentAfter;
    boolean headOfAdjective = HEAD.in(before) && !ADJECTIVE.in(before) && ADJECTIVE.in(after);
    return headOfNoun
        || headOfAdjective
        || (AFTER_VERB.in(after) && VERB.in(before))
        || (AFTER_NOUN.in(after) && NOUN.in(before));
  }
}
