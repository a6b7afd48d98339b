package com.vanitycall.core.dictionary;

/**
 * A role a word plays in a phrase, shipped per word in {@code words.tsv} as one letter (the build's
 * {@code phrases.mjs} says how each is found). A word's tags are a bit set: {@link #in} tests one.
 */
public enum PhraseTag {
  /** n: mostly a noun (CAR, HOME, APPLE). */
  NOUN('n'),
  /** v: often a verb (BUY, CALL, WASH). */
  VERB('v'),
  /** t: a verb that takes an object (BUY cars, FIX roofs). */
  TAKES_OBJECT('t'),
  /** a: mostly an adjective (NEW, GOOD, BEST). */
  ADJECTIVE('a'),
  /** r: mostly an adverb (NOW, HOME). */
  ADVERB('r'),
  /** m: a noun that starts many compounds (CAR wash, TAX return, PET shop). */
  MODIFIER('m'),
  /** H: a reviewed marketing head that takes a noun after it (BUY-, MY-, NEW-). */
  HEAD('H'),
  /** V: a reviewed marketing tail that follows a verb (-NOW). */
  AFTER_VERB('V'),
  /** N: a reviewed marketing tail that follows a noun (-HELP, -PRO). */
  AFTER_NOUN('N');

  private static final byte NONE = '-';

  /** Each tag letter's bit, 0 for a letter that is no tag: one array read a letter at load. */
  private static final int[] BIT_OF_LETTER = bitsOfLetters();

  private final char letter;

  PhraseTag(char letter) {
    this.letter = letter;
  }

  /** This tag's bit. */
  public int bit() {
    return 1 << ordinal();
  }

  /** True when the bit set holds this tag. */
  public boolean in(int tags) {
    return (tags & bit()) != 0;
  }

  /**
   * The bit set of the tag letters from {@code from} (inclusive) to {@code to}; {@code -} is none.
   */
  static int parse(byte[] text, int from, int to) {
    if (to - from == 1 && text[from] == NONE) {
      return 0;
    }
    int tags = 0;
    for (int i = from; i < to; i++) {
      int bit = text[i] < 0 ? 0 : BIT_OF_LETTER[text[i]];
      if (bit == 0) {
        throw new DictionaryLoadException("a dictionary word has an unknown phrase tag");
      }
      tags |= bit;
    }
    return tags;
  }

  private static int[] bitsOfLetters() {
    int[] bits = new int[Byte.MAX_VALUE + 1];
    for (PhraseTag tag : values()) {
      bits[tag.letter] = tag.bit();
    }
    return bits;
  }
}
