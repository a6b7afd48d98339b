package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.KeypadIndex;

/**
 * The ranking model: how much a vanity is worth to a person who has to recognise and remember it.
 *
 * <p>A word earns {@code letters³ × recognition / 100} points: length counts (a 4-letter word is
 * worth more than two 3-letter ones, a 7-letter word more than five), but only as far as a caller
 * knows the word. Recognition (0 to {@value #FULLY_RECOGNISED}) is the product of two grounds
 * shipped with the dictionary: how common the word is in writing (its SCOWL size tier, {@link
 * #TIER_WEIGHT}) and in speech (its SUBTLEX-US frequency class, {@link #CLASS_WEIGHT}). A rare word
 * is worth a tenth to a fiftieth of a common one, so it never beats a common word of similar
 * length, and covering more digits with words a caller would not recognise earns almost nothing
 * (digits earn nothing either). Two-letter words are glue (GO, TO, MY): at most {@value
 * #GLUE_RECOGNITION} recognition, four points.
 *
 * <p>A vanity's score is the sum of its words' points, less {@value #EXTRA_WORD} for every word
 * after the first (fewer, longer words: DAY-HAT does not beat WHAT); the word that ends the number
 * earns {@value #AT_END_PERCENT}% more (1-800-FLOWERS over 1-800-FLOWER-7). A vanity holding a word
 * of three letters or more that a caller would not recognise ({@link #isRecognised}) keeps only
 * 1/{@value #UNRECOGNISED_DIVISOR} of its score: a person would not pick it while anything else
 * fits.
 *
 * <p>Model {@code m3} adds phrases: two adjacent words that go together ({@link WordsTogether}: NEW
 * HOME, BUY CARS, MY APPLE, CALL NOW) are one idea, so the pair does not pay the {@value
 * #EXTRA_WORD} of its second word and earns its strength in percent of the two words' mean points
 * ({@link #ofPhrase}). BUY-CARS beats BUY-BARS, NEW-HOME beats NEW-GOOD and MY-APPLE beats
 * 69-APPLE; a phrase never beats a common word much longer than its longest (CONTACT over
 * BOOT-ACT).
 */
final class VanityScore {

  /** Names the model in the engine's version: a cached result says which model ranked it. */
  static final String MODEL = "m3";

  static final int FULLY_RECOGNISED = 1000;
  static final int GLUE_RECOGNITION = 100;
  static final int AT_END_PERCENT = 5;
  static final int EXTRA_WORD = 80;

  /**
   * From this on a word is one a caller recognises at once (tier 35 and class 14, or better): what
   * an option spoken on the call needs ({@link WorthSaying}).
   */
  static final int COMMON = 500;

  /** Below this a word is one a caller would not recognise: an option holding it is junk. */
  static final int RECOGNISED = 150;

  static final int UNRECOGNISED_DIVISOR = 4;

  private static final int PHRASE_WORD_LENGTH = 4;
  private static final int TWIN_RATIO = 2;
  private static final int TWIN_CLASSES = 4;

  private static final int GLUE_LENGTH = 2;
  private static final int POINTS_DIVISOR = 100;

  /**
   * Recognition by SCOWL size (per mille): sizes 10–35 are the words in everyday dictionaries,
   * 40–50 words most people know, 55–70 the long tail; {@link KeypadIndex#SUBTLEX_ONLY_TIER} the
   * everyday words only subtitles count (MEDS, GONNA).
   */
  private static final int[] TIER_WEIGHT = tierWeights();

  /**
   * Recognition by SUBTLEX-US frequency class (≈ log2 of the rank, per mille): 0–10 the top 2,000.
   */
  private static final int[] CLASS_WEIGHT = {
    1000, 1000, 1000, 1000, 1000, 1000, 1000, 980, 960, 940, 920, 880, 830, 760, 650, 500, 400, 300,
    250
  };

  private VanityScore() {}

  private static int[] tierWeights() {
    int[] weights = new int[KeypadIndex.SUBTLEX_ONLY_TIER + 1];
    for (int tier = 0; tier < weights.length; tier++) {
      weights[tier] = tierWeight(tier);
    }
    return weights;
  }

  private static int tierWeight(int tier) {
    if (tier == KeypadIndex.SUBTLEX_ONLY_TIER || (tier > 20 && tier <= 35)) {
      return 850;
    }
    if (tier <= 20) {
      return tier <= 10 ? 1000 : 950;
    }
    if (tier <= 50) {
      return tier <= 40 ? 350 : 200;
    }
    return 20; // sizes 55-70: not shipped
  }

  /** How well a caller recognises a word, 0 to {@value #FULLY_RECOGNISED}. */
  static int recognition(int length, int tier, int frequencyClass) {
    int recognition = TIER_WEIGHT[tier] * CLASS_WEIGHT[frequencyClass] / FULLY_RECOGNISED;
    return length <= GLUE_LENGTH ? Math.min(recognition, GLUE_RECOGNITION) : recognition;
  }

  /** True when a caller would recognise the word: short glue words always count as recognised. */
  static boolean isRecognised(int length, int tier) {
    return length <= GLUE_LENGTH || TIER_WEIGHT[tier] >= RECOGNISED;
  }

  static int ofWord(int length, int tier, int frequencyClass, boolean endsNumber) {
    int points =
        length * length * length * recognition(length, tier, frequencyClass) / POINTS_DIVISOR;
    return endsNumber ? points * (100 + AT_END_PERCENT) / 100 : points;
  }

  /**
   * What two adjacent words that go together {@code percent} strongly earn on top of their points,
   * when one of them has {@value #PHRASE_WORD_LENGTH} letters or more: the second word's {@value
   * #EXTRA_WORD} back and the percent of the pair's mean points. Two short words stay two words
   * (OUR-FOX-4 does not beat MUSE-694).
   */
  static int ofPhrase(int percent, int firstPoints, int secondPoints, int longestLength) {
    if (percent == 0 || longestLength < PHRASE_WORD_LENGTH) {
      return 0;
    }
    return EXTRA_WORD + percent * (firstPoints + secondPoints) / 200;
  }

  /**
   * The most a word of these points can earn in any vanity: its points, and what the phrases on
   * either side of it can add (half of each pair's percent of its points, and one word's cost
   * back).
   */
  static int mostWithPhrases(int points) {
    return points + points * WordsTogether.MOST / 100 + EXTRA_WORD;
  }

  /**
   * True when a caller knows word {@code common} far better than its twin {@code rare} (the index's
   * word indices): half the recognition or less, or three frequency classes rarer (8 times less
   * often heard).
   */
  static boolean isMuchMoreCommon(KeypadIndex index, int common, int rare) {
    int length = index.length(rare);
    int commonRecognition = recognition(length, index.tier(common), index.frequencyClass(common));
    int rareRecognition = recognition(length, index.tier(rare), index.frequencyClass(rare));
    return commonRecognition >= TWIN_RATIO * rareRecognition
        || index.frequencyClass(rare) - index.frequencyClass(common) >= TWIN_CLASSES;
  }

  /** The score of a vanity whose words earn {@code points}; never more than the points. */
  static int ofVanity(int points, boolean allRecognised) {
    return allRecognised || points <= 0 ? points : points / UNRECOGNISED_DIVISOR;
  }
}
