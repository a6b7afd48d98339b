package com.vanitycall.core.dictionary;

import com.vanitycall.core.keypad.Keypad;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The shipped words by the digits they spell on the keypad. For each digit sequence its words come
 * most common first. Built once at load into sorted primitive arrays: a digit sequence of up to
 * {@value #MAX_WORD_LENGTH} keys packs into one {@code long}, found by binary search.
 *
 * <p>The resource {@code words.tsv} starts with {@code # version ID}, then holds one word per line,
 * most frequent first: {@code word TAB frequencyClass TAB q|d} (q: common, d: full list only).
 */
public final class KeypadIndex {

  public static final int MAX_WORD_LENGTH = 12;

  /** Frequency classes run from 0 (the commonest words) to this (never counted). */
  public static final int RAREST_CLASS = 18;

  private static final String RESOURCE = "words.tsv";
  private static final String VERSION_PREFIX = "# version ";
  private static final int BITS_PER_DIGIT = 3;
  private static final int LENGTH_SHIFT = BITS_PER_DIGIT * MAX_WORD_LENGTH;
  private static final int LINE_BITS = 20;

  private final String version;
  private final long[] keys;
  private final int[] firstWordOfSlot;
  private final String[] words;
  private final byte[] frequencyClasses;

  private KeypadIndex(
      String version, long[] keys, int[] firstWordOfSlot, String[] words, byte[] frequencyClasses) {
    this.version = version;
    this.keys = keys;
    this.firstWordOfSlot = firstWordOfSlot;
    this.words = words;
    this.frequencyClasses = frequencyClasses;
  }

  /** Indexes the shipped dictionary's words of the given set. */
  public static KeypadIndex load(WordSet wordSet) {
    return new WordsFile(ShippedResource.read(RESOURCE), wordSet).index();
  }

  /**
   * The key of digits {@code from} (inclusive) to {@code to} (exclusive), or -1 when they cannot
   * spell a word (a 0 or 1 among them, or longer than any word).
   */
  public static long keyOf(CharSequence digits, int from, int to) {
    int length = to - from;
    if (length < 1 || length > MAX_WORD_LENGTH) {
      return -1;
    }
    long packed = 0;
    for (int i = from; i < to; i++) {
      char digit = digits.charAt(i);
      if (!Keypad.hasLetters(digit)) {
        return -1;
      }
      packed = (packed << BITS_PER_DIGIT) | (digit - '2');
    }
    return ((long) length << LENGTH_SHIFT) | packed;
  }

  /** The slot of the words spelling this key, or -1 when no word does. */
  public int slotOf(long key) {
    if (key < 0) {
      return -1;
    }
    int slot = Arrays.binarySearch(keys, key);
    return slot >= 0 ? slot : -1;
  }

  /** The index of the slot's most common word. */
  public int firstWord(int slot) {
    return firstWordOfSlot[slot];
  }

  /** One past the index of the slot's least common word. */
  public int endWord(int slot) {
    return firstWordOfSlot[slot + 1];
  }

  /** The word, upper case. */
  public String word(int index) {
    return words[index];
  }

  /** 0 for the commonest words up to {@link #RAREST_CLASS}; roughly log2 of the frequency rank. */
  public int frequencyClass(int index) {
    return frequencyClasses[index];
  }

  public int size() {
    return words.length;
  }

  /** Identifies the shipped word data (a hash of it), e.g. for cached results. */
  public String version() {
    return version;
  }

  /** Parses {@code words.tsv}: ASCII, so bytes are letters. */
  private static final class WordsFile {

    private final byte[] text;
    private final WordSet wordSet;
    private int position;

    WordsFile(byte[] text, WordSet wordSet) {
      this.text = text;
      this.wordSet = wordSet;
    }

    KeypadIndex index() {
      String version = readVersion();
      var lineWords = new String[text.length / 8];
      var lineClasses = new byte[lineWords.length];
      var sortable = new long[lineWords.length];
      int count = 0;
      while (position < text.length) {
        int wordStart = position;
        int wordEnd = indexOf('\t', wordStart);
        int classEnd = indexOf('\t', wordEnd + 1);
        int lineEnd = indexOf('\n', classEnd + 1);
        position = lineEnd + 1;
        if (wordSet == WordSet.COMMON && text[classEnd + 1] != 'q') {
          continue;
        }
        if (count == lineWords.length || count >= 1 << LINE_BITS) {
          throw new DictionaryLoadException("the dictionary holds more words than expected");
        }
        String word = upperCase(wordStart, wordEnd);
        lineWords[count] = word;
        lineClasses[count] = (byte) parseClass(wordEnd + 1, classEnd);
        sortable[count] = (keyOf(Keypad.digitsOf(word), 0, word.length()) << LINE_BITS) | count;
        count++;
      }
      return sortedByKey(version, Arrays.copyOf(sortable, count), lineWords, lineClasses);
    }

    private static KeypadIndex sortedByKey(
        String version, long[] sortable, String[] lineWords, byte[] lineClasses) {
      Arrays.sort(sortable);
      int count = sortable.length;
      var words = new String[count];
      var classes = new byte[count];
      var keys = new long[count];
      var firstWordOfSlot = new int[count + 1];
      int slots = 0;
      for (int i = 0; i < count; i++) {
        long key = sortable[i] >>> LINE_BITS;
        int line = (int) (sortable[i] & ((1 << LINE_BITS) - 1));
        words[i] = lineWords[line];
        classes[i] = lineClasses[line];
        if (slots == 0 || keys[slots - 1] != key) {
          keys[slots] = key;
          firstWordOfSlot[slots] = i;
          slots++;
        }
      }
      firstWordOfSlot[slots] = count;
      return new KeypadIndex(
          version,
          Arrays.copyOf(keys, slots),
          Arrays.copyOf(firstWordOfSlot, slots + 1),
          words,
          classes);
    }

    private String readVersion() {
      int lineEnd = indexOf('\n', 0);
      String header = new String(text, 0, lineEnd, StandardCharsets.US_ASCII);
      if (!header.startsWith(VERSION_PREFIX)) {
        throw new DictionaryLoadException("the dictionary does not start with its version");
      }
      position = lineEnd + 1;
      return header.substring(VERSION_PREFIX.length()).strip();
    }

    private String upperCase(int from, int to) {
      int length = to - from;
      if (length < 1 || length > MAX_WORD_LENGTH) {
        throw new DictionaryLoadException("a dictionary word has " + length + " letters");
      }
      var letters = new byte[length];
      for (int i = 0; i < length; i++) {
        byte letter = text[from + i];
        if (letter < 'a' || letter > 'z') {
          throw new DictionaryLoadException("a dictionary word holds a non-letter");
        }
        letters[i] = (byte) (letter - ('a' - 'A'));
      }
      return new String(letters, StandardCharsets.US_ASCII);
    }

    private int parseClass(int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        value = value * 10 + (text[i] - '0');
      }
      if (to == from || value > RAREST_CLASS) {
        throw new DictionaryLoadException("a dictionary word has a bad frequency class");
      }
      return value;
    }

    private int indexOf(char symbol, int from) {
      for (int i = from; i < text.length; i++) {
        if (text[i] == symbol) {
          return i;
        }
      }
      throw new DictionaryLoadException("the dictionary ends in the middle of a line");
    }
  }
}
