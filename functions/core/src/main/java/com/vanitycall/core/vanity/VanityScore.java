package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.KeypadIndex;

/**
 * The ranking rules as points. A vanity's score is the sum of its words' points; digits earn none.
 * Each letter earns {@value #PER_LETTER} and each word costs {@value #PER_WORD}, so covering more
 * of the number always wins, and one long word beats two short ones that cover as much. A word
 * earns up to {@value #COMMONEST_BONUS} more the commoner it is ({@value #PER_CLASS} per frequency
 * class), and {@value #AT_END} more when it ends the number (1-800-FLOWERS over 1-800-FLOWER-7).
 */
final class VanityScore {

  static final int PER_LETTER = 100;
  static final int PER_WORD = 100;
  static final int PER_CLASS = 4;
  static final int COMMONEST_BONUS = PER_CLASS * KeypadIndex.RAREST_CLASS;
  static final int AT_END = 20;

  private VanityScore() {}

  static int ofWord(int length, int frequencyClass, boolean endsNumber) {
    return PER_LETTER * length
        - PER_WORD
        + PER_CLASS * (KeypadIndex.RAREST_CLASS - frequencyClass)
        + (endsNumber ? AT_END : 0);
  }
}
