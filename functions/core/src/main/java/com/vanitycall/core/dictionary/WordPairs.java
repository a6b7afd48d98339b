package com.vanitycall.core.dictionary;

import java.nio.ByteBuffer;

/**
 * Pairs of words that go together, by the {@code words.tsv} lines of their lemmas ({@link
 * KeypadIndex#lemmaLine}), in order (CAR then WASH), with what says so: a two-word WordNet entry
 * (car_loan, real_estate) and/or WordNet's glosses putting them side by side ("buy a car").
 *
 * <p>The build ships them as the open-addressing hash table itself ({@code phrases.bin}: "VCP2",
 * the capacity, a power of two, and the pair count as big-endian ints; a big-endian int per slot,
 * the pair packed as first line << 16 | second line, or -1; a kind byte per slot), so a cold start
 * reads it with one bulk copy, and a look-up costs one probe or two: the table is at most half
 * full.
 */
public final class WordPairs {

  /** The pair is a two-word WordNet entry. */
  public static final int ENTRY = 1;

  /** WordNet's glosses and examples put the two side by side. */
  public static final int ATTESTED = 2;

  private static final String RESOURCE = "phrases.bin";
  private static final int MAGIC = 0x56435032;
  private static final int HEADER = 12;
  private static final int EMPTY = -1;
  private static final int LINE_BITS = 16;
  private static final int HASH = 0x9E3779B9;

  private final int[] pairs;
  private final byte[] kinds;
  private final int mask;
  private final int shift;
  private final int size;

  private WordPairs(int[] pairs, byte[] kinds, int size) {
    this.pairs = pairs;
    this.kinds = kinds;
    this.mask = pairs.length - 1;
    this.shift = Integer.numberOfLeadingZeros(pairs.length) + 1;
    this.size = size;
  }

  /** Loads the shipped pairs. */
  public static WordPairs load() {
    ByteBuffer table = ByteBuffer.wrap(ShippedResource.read(RESOURCE));
    if (table.remaining() < HEADER || table.getInt() != MAGIC) {
      throw new DictionaryLoadException("the word pairs are not a pair table");
    }
    int capacity = table.getInt();
    int size = table.getInt();
    boolean fits = (long) capacity * (Integer.BYTES + 1) == table.remaining();
    if (capacity <= 1 || Integer.bitCount(capacity) != 1 || size > capacity / 2 || !fits) {
      throw new DictionaryLoadException("the word pair table has a bad size");
    }
    int[] pairs = new int[capacity];
    table.asIntBuffer().get(pairs);
    byte[] kinds = new byte[capacity];
    table.position(HEADER + capacity * Integer.BYTES);
    table.get(kinds);
    return new WordPairs(pairs, kinds, size);
  }

  /** What says the two lemma lines go together: {@link #ENTRY} and/or {@link #ATTESTED}, or 0. */
  public int kind(int firstLemmaLine, int secondLemmaLine) {
    int pair = (firstLemmaLine << LINE_BITS) | secondLemmaLine;
    // Fibonacci hashing: the top bits of pair × 2^32/φ, as the build's pairTable places the pairs
    for (int slot = (pair * HASH) >>> shift; ; slot = (slot + 1) & mask) {
      if (pairs[slot] == pair) {
        return kinds[slot];
      }
      if (pairs[slot] == EMPTY) {
        return 0;
      }
    }
  }

  /** How many pairs there are. */
  public int size() {
    return size;
  }
}
