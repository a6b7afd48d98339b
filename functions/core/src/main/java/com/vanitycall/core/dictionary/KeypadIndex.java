package com.vanitycall.core.dictionary;

import com.vanitycall.core.keypad.Keypad;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The shipped words by the digits they spell on the keypad; for each digit sequence its common
 * words come first, each group most common first. A digit sequence of up to {@value
 * #MAX_WORD_LENGTH} keys packs into one {@code long} (length, then three bits a digit), found by
 * binary search in a sorted array; the words' letters sit in one byte array. Loading is one pass
 * over the resource with no sorting and no object per word, which keeps a cold load in a Lambda to
 * milliseconds.
 *
 * <p>The resource {@code words.tsv} starts with {@code # version ID}, then holds one word per line,
 * {@code word TAB frequencyClass TAB q|k|d TAB tier TAB tags TAB lemma} (q: common, k: full list
 * only but a word a caller recognises at once, d: full list only; tier: the SCOWL size that lists
 * the word, {@value #SUBTLEX_ONLY_TIER} for words only SUBTLEX-US counts; tags: the word's roles in
 * a phrase, {@link PhraseTag}, {@code -} for none; lemma: the line of the word it is a form of,
 * counted from 0 after the version, {@code -} for itself: word pairs are keyed by these lines),
 * ordered by the key the word spells and, within a key, q then k then d. The common set loads q and
 * k words and searches the q ones ({@link #firstWord}..{@link #endWord}); {@link #find} and the
 * word facts know the k words too, so a quick engine judges a deep result's words (MEDS in
 * PET-MEDS) as the deep one would.
 */
public final class KeypadIndex {

  public static final int MAX_WORD_LENGTH = 12;

  /** Frequency classes run from 0 (the commonest words) to this (never counted). */
  public static final int RAREST_CLASS = 18;

  /** The tier of everyday words SCOWL lacks but SUBTLEX-US counts often (MEDS, GONNA). */
  public static final int SUBTLEX_ONLY_TIER = 99;

  private static final String RESOURCE = "words.tsv";
  private static final String VERSION_PREFIX = "# version ";
  private static final int BITS_PER_DIGIT = 3;
  private static final int LENGTH_SHIFT = BITS_PER_DIGIT * MAX_WORD_LENGTH;

  /**
   * The shortest line: two letters, tab, one-digit class, tab, profile, tab, tier, tab, tags, tab,
   * lemma, newline.
   */
  private static final int SHORTEST_LINE = 14;

  private static final byte NONE = '-';
  private static final byte COMMON = 'q';
  private static final byte DEEP_ONLY = 'd';
  private static final String THE_DICTIONARY = "the dictionary";

  private final String version;
  private final WordSet wordSet;
  private final long[] keys;
  private final int[] firstWordOfSlot;
  private final int[] endCommonOfSlot;
  private final byte[] letters;
  private final int[] firstLetterOfWord;
  private final byte[] frequencyClasses;
  private final byte[] tiers;
  private final short[] tags;
  private final int[] lemmaLines;
  private final int searched;

  private KeypadIndex(WordsFile file, String version) {
    this.version = version;
    this.wordSet = file.wordSet;
    this.keys = Arrays.copyOf(file.keys, file.slots);
    this.firstWordOfSlot = Arrays.copyOf(file.firstWordOfSlot, file.slots + 1);
    this.endCommonOfSlot = Arrays.copyOf(file.endCommonOfSlot, file.slots);
    this.letters = Arrays.copyOf(file.letters, file.letterCount);
    this.firstLetterOfWord = Arrays.copyOf(file.firstLetterOfWord, file.words + 1);
    this.frequencyClasses = Arrays.copyOf(file.classes, file.words);
    this.tiers = Arrays.copyOf(file.tierOfWord, file.words);
    this.tags = Arrays.copyOf(file.tagsOfWord, file.words);
    this.lemmaLines = Arrays.copyOf(file.lemmaLineOfWord, file.words);
    this.searched = wordSet == WordSet.COMMON ? file.commonWords : file.words;
  }

  /** Indexes the shipped dictionary; the set says which words {@link #firstWord} searches. */
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
      packed = withDigit(packed, digit);
    }
    return withLength(packed, length);
  }

  private static long withDigit(long packed, char digit) {
    return (packed << BITS_PER_DIGIT) | (digit - '2');
  }

  private static long withLength(long packed, int length) {
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

  /** One past the index of the slot's last word of the set searched (may equal the first). */
  public int endWord(int slot) {
    return wordSet == WordSet.COMMON ? endCommonOfSlot[slot] : firstWordOfSlot[slot + 1];
  }

  /**
   * The index of a shipped word, of any set (case does not matter), or -1: also for a text the
   * keypad cannot spell (a stored value from elsewhere).
   */
  public int find(String word) {
    if (word.isEmpty() || !Keypad.spells(word)) {
      return -1;
    }
    int slot = slotOf(keyOf(Keypad.digitsOf(word), 0, word.length()));
    if (slot < 0) {
      return -1;
    }
    for (int index = firstWordOfSlot[slot]; index < firstWordOfSlot[slot + 1]; index++) {
      if (word(index).equalsIgnoreCase(word)) {
        return index;
      }
    }
    return -1;
  }

  /** The word, upper case. */
  public String word(int index) {
    int from = firstLetterOfWord[index];
    return new String(
        letters, from, firstLetterOfWord[index + 1] - from, StandardCharsets.US_ASCII);
  }

  /** How many letters the word has. */
  public int length(int index) {
    return firstLetterOfWord[index + 1] - firstLetterOfWord[index];
  }

  /** 0 for the commonest words up to {@link #RAREST_CLASS}; roughly log2 of the frequency rank. */
  public int frequencyClass(int index) {
    return frequencyClasses[index];
  }

  /** The SCOWL size tier listing the word (10 commonest to 70), or {@link #SUBTLEX_ONLY_TIER}. */
  public int tier(int index) {
    return tiers[index];
  }

  /** The word's roles in a phrase: a bit set of {@link PhraseTag}s. */
  public int tags(int index) {
    return tags[index];
  }

  /**
   * The line of {@code words.tsv} (counted from 0 after the version) of the word this one is a form
   * of (CARS: the line of CAR, GOT: of GET), or of itself: what {@link WordPairs} are keyed by.
   */
  public int lemmaLine(int index) {
    return lemmaLines[index];
  }

  /** How many words the set searches. */
  public int size() {
    return searched;
  }

  /** Identifies the shipped word data (a hash of it), e.g. for cached results. */
  public String version() {
    return version;
  }

  /** Reads {@code words.tsv} in one pass: ASCII, so bytes are letters. */
  private static final class WordsFile {

    private final byte[] text;
    private final WordSet wordSet;
    private final int[] firstWordOfSlot;
    private final int[] endCommonOfSlot;
    private final long[] keys;
    private final byte[] letters;
    private final int[] firstLetterOfWord;
    private final byte[] classes;
    private final byte[] tierOfWord;
    private final short[] tagsOfWord;
    private final int[] lemmaLineOfWord;
    private int position;
    private int lines;
    private int words;
    private int commonWords;
    private int slots;
    private int letterCount;

    WordsFile(byte[] text, WordSet wordSet) {
      this.text = text;
      this.wordSet = wordSet;
      int mostWords = text.length / SHORTEST_LINE + 1;
      this.firstWordOfSlot = new int[mostWords + 1];
      this.endCommonOfSlot = new int[mostWords];
      this.tagsOfWord = new short[mostWords];
      this.lemmaLineOfWord = new int[mostWords];
      this.keys = new long[mostWords];
      this.letters = new byte[text.length];
      this.firstLetterOfWord = new int[mostWords + 1];
      this.classes = new byte[mostWords];
      this.tierOfWord = new byte[mostWords];
    }

    KeypadIndex index() {
      String version = readVersion();
      while (position < text.length) {
        readLine();
      }
      firstWordOfSlot[slots] = words;
      firstLetterOfWord[words] = letterCount;
      for (int word = 0; word < words; word++) {
        if (lemmaLineOfWord[word] >= lines) {
          throw new DictionaryLoadException("a dictionary word's lemma is past the last line");
        }
      }
      return new KeypadIndex(this, version);
    }

    private void readLine() {
      int wordStart = position;
      int wordEnd = indexOf('\t', wordStart);
      int classEnd = indexOf('\t', wordEnd + 1);
      int tierStart = classEnd + 3;
      int tierEnd = indexOf('\t', tierStart);
      int tagsEnd = indexOf('\t', tierEnd + 1);
      int lineEnd = indexOf('\n', tagsEnd + 1);
      position = lineEnd + 1;
      byte profile = text[classEnd + 1];
      int line = lines++;
      if (wordSet == WordSet.COMMON && profile == DEEP_ONLY) {
        return;
      }
      boolean common = profile == COMMON;
      long key = add(wordStart, wordEnd);
      if (slots > 0 && key < keys[slots - 1]) {
        throw new DictionaryLoadException("the dictionary is not in key order");
      }
      if (slots == 0 || key != keys[slots - 1]) {
        keys[slots] = key;
        firstWordOfSlot[slots] = words;
        endCommonOfSlot[slots] = words;
        slots++;
      }
      if (common) {
        if (endCommonOfSlot[slots - 1] != words) {
          throw new DictionaryLoadException("a common word follows a rarer one of its key");
        }
        endCommonOfSlot[slots - 1] = words + 1;
        commonWords++;
      }
      classes[words] = (byte) parseClass(wordEnd + 1, classEnd);
      tierOfWord[words] = (byte) parseTier(tierStart, tierEnd);
      tagsOfWord[words] = (short) PhraseTag.parse(text, tierEnd + 1, tagsEnd);
      lemmaLineOfWord[words] = text[tagsEnd + 1] == NONE ? line : parseNumber(tagsEnd + 1, lineEnd);
      words++;
    }

    /** Copies the word's letters upper case and returns its key. */
    private long add(int from, int to) {
      int length = to - from;
      if (length < 1 || length > MAX_WORD_LENGTH) {
        throw new DictionaryLoadException("a dictionary word has " + length + " letters");
      }
      firstLetterOfWord[words] = letterCount;
      long packed = 0;
      for (int i = from; i < to; i++) {
        byte letter = text[i];
        if (letter < 'a' || letter > 'z') {
          throw new DictionaryLoadException("a dictionary word holds a non-letter");
        }
        letters[letterCount++] = (byte) (letter - ('a' - 'A'));
        packed = withDigit(packed, Keypad.digitOf((char) letter));
      }
      return withLength(packed, length);
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

    private int parseClass(int from, int to) {
      int value = parseNumber(from, to);
      if (to == from || value > RAREST_CLASS) {
        throw new DictionaryLoadException("a dictionary word has a bad frequency class");
      }
      return value;
    }

    private int parseTier(int from, int to) {
      int value = parseNumber(from, to);
      if (to <= from || value < 1 || value > SUBTLEX_ONLY_TIER) {
        throw new DictionaryLoadException("a dictionary word has a bad SCOWL tier");
      }
      return value;
    }

    private int parseNumber(int from, int to) {
      return ShippedResource.number(text, from, to, THE_DICTIONARY);
    }

    private int indexOf(char symbol, int from) {
      return ShippedResource.indexOf(text, symbol, from, THE_DICTIONARY);
    }
  }
}
