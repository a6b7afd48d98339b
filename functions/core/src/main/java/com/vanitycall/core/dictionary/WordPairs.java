package com.vanitycall.core.dictionary;

import java.nio.ByteBuffer;

/**
 * Pairs of words that go together, by the {@code words.tsv} lines of their lemmas ({@link
 * KeypadIndex#lemmaLine}), in order (CAR then WASH), with what says so: a two-word WordNet entry
 * (car_wash, real_estate) and/or WordNet's glosses putting them side by side ("buy a car").
 *
 * <p>The build ships them as the open-addressing hash table itself ({@code phrases.bin}: "VCP1",
 * the capacity, a power of two, and the pair count as big-endian ints; a big-endian long per slot,
 * the packed pair or -1; a kind byte per slot), so a cold start reads it with one bulk copy, and a
 * look-up costs one probe or two: the table is at most half full.
 */
public final class WordPairs {

  /** The pair is a two-word WordNet entry. */
  public static final int ENTRY = 1;

  /** WordNet's glosses and examples put the two side by side. */
  public static final int ATTESTED = 2;

  private static final String RESOURCE = "phrases.bin";
  private static final int MAGIC = 0x56435031;
  private static final int HEADER = 12;
  private static final long EMPTY = -1;

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

  /** Loads the shipped pairs. */
  public static WordPairs load() {
    ByteBuffer table = ByteBuffer.wrap(ShippedResource.read(RESOURCE));
    if (table.remaining() < HEADER || table.getInt() != MAGIC) {
      throw new DictionaryLoadException("the word pairs are not a pair table");
    }
    int capacity = table.getInt();
    int size = table.getInt();
    boolean fits = (long) capacity * (Long.BYTES + 1) == table.remaining();
    if (capacity <= 0 || Integer.bitCount(capacity) != 1 || size > capacity / 2 || !fits) {
      throw new DictionaryLoadException("the word pair table has a bad size");
    }
    long[] pairs = new long[capacity];
    table.asLongBuffer().get(pairs);
    byte[] kinds = new byte[capacity];
    table.position(HEADER + capacity * Long.BYTES);
    table.get(kinds);
    return new WordPairs(pairs, kinds, size);
  }

  /** What says the two lemma lines go together: {@link #ENTRY} and/or {@link #ATTESTED}, or 0. */
  public int kind(int firstLemmaLine, int secondLemmaLine) {
    long pair = ((long) firstLemmaLine << Integer.SIZE) | secondLemmaLine;
    for (int slot = hash(pair) & mask; ; slot = (slot + 1) & mask) {
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

  /** Fibonacci hashing, as the build's {@code pairTable} places the pairs. */
  private static int hash(long pair) {
    return (int) ((pair * 0x9E3779B97F4A7C15L) >>> Integer.SIZE);
  }
}
