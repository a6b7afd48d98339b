package com.vanitycall.core.dictionary;

import java.util.Arrays;

/**
 * Pairs of words that go together, as the shipped {@code phrases.tsv} lists them: by the line of
 * each word's lemma in {@code words.tsv}, kept as the word's index in the {@link KeypadIndex} when
 * the index loaded both (the quick set does not load rare words), in order (CAR then WASH), with
 * what says so: a two-word WordNet entry (car_wash, real_estate) and/or WordNet's glosses putting
 * them side by side ("buy a car"). An open-addressing hash table of packed pairs: one probe or two
 * per look-up, for the search's inner loop.
 */
public final class WordPairs {

  /** The pair is a two-word WordNet entry. */
  public static final int ENTRY = 1;

  /** WordNet's glosses and examples put the two side by side. */
  public static final int ATTESTED = 2;

  private static final String RESOURCE = "phrases.tsv";
  private static final long EMPTY = -1;
  private static final String THE_PAIRS = "the word pairs";

  private final long[] pairs;
  private final byte[] kinds;
  private final int mask;
  private final int size;

  private WordPairs(long[] pairs, byte[] kinds, int size) {
    this.pairs = pairs;
    this.kinds = kinds;
    this.mask = pairs.length - 1;
    this.size = size;
  }

  /** Loads the shipped pairs, checking that each names words of the index. */
  public static WordPairs load(KeypadIndex index) {
    byte[] text = ShippedResource.read(RESOURCE);
    int capacity = Integer.highestOneBit(Math.max(1, lines(text))) * 4;
    long[] pairs = new long[capacity];
    Arrays.fill(pairs, EMPTY);
    var table = new WordPairs(pairs, new byte[capacity], 0);
    int size = 0;
    int position = 0;
    while (position < text.length) {
      int firstEnd = ShippedResource.indexOf(text, '\t', position, THE_PAIRS);
      int secondEnd = ShippedResource.indexOf(text, '\t', firstEnd + 1, THE_PAIRS);
      int lineEnd = ShippedResource.indexOf(text, '\n', secondEnd + 1, THE_PAIRS);
      int first = wordOfLine(text, position, firstEnd, index);
      int second = wordOfLine(text, firstEnd + 1, secondEnd, index);
      if (first >= 0 && second >= 0) {
        table.put(first, second, kind(text, secondEnd + 1, lineEnd));
        size++;
      }
      position = lineEnd + 1;
    }
    return new WordPairs(table.pairs, table.kinds, size);
  }

  /** What says the two lemmas go together: {@link #ENTRY} and/or {@link #ATTESTED}, or 0. */
  public int kind(int firstLemma, int secondLemma) {
    long pair = pack(firstLemma, secondLemma);
    for (int slot = hash(pair) & mask; ; slot = (slot + 1) & mask) {
      if (pairs[slot] == pair) {
        return kinds[slot];
      }
      if (pairs[slot] == EMPTY) {
        return 0;
      }
    }
  }

  public int size() {
    return size;
  }

  private void put(int first, int second, int kind) {
    long pair = pack(first, second);
    int slot = hash(pair) & mask;
    while (pairs[slot] != EMPTY && pairs[slot] != pair) {
      slot = (slot + 1) & mask;
    }
    pairs[slot] = pair;
    kinds[slot] |= (byte) kind;
  }

  private static long pack(int first, int second) {
    return ((long) first << Integer.SIZE) | second;
  }

  private static int hash(long pair) {
    long mixed = pair * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 32);
  }

  private static int kind(byte[] text, int from, int to) {
    int kind = 0;
    for (int i = from; i < to; i++) {
      kind |=
          switch (text[i]) {
            case 'c' -> ENTRY;
            case 'a' -> ATTESTED;
            default -> throw new DictionaryLoadException("a word pair has an unknown kind");
          };
    }
    if (kind == 0) {
      throw new DictionaryLoadException("a word pair says nothing of why");
    }
    return kind;
  }

  /** The index's word of the line the pair names, or -1 when the index did not load it. */
  private static int wordOfLine(byte[] text, int from, int to, KeypadIndex index) {
    if (to <= from) {
      throw new DictionaryLoadException("a word pair lacks a word");
    }
    return index.wordOfLine(ShippedResource.number(text, from, to, THE_PAIRS));
  }

  private static int lines(byte[] text) {
    int lines = 0;
    for (byte symbol : text) {
      lines += symbol == '\n' ? 1 : 0;
    }
    return lines;
  }
}
