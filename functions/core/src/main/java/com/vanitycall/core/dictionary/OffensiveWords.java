package com.vanitycall.core.dictionary;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that never appear in a vanity, matched as whole words (HOBO is not offensive because it
 * contains a shorter word). The shipped index already leaves them out; this list also catches
 * adjacent words that spell one together.
 */
public final class OffensiveWords {

  private static final String RESOURCE = "offensive.txt";

  private final Set<String> words;

  private OffensiveWords(Set<String> words) {
    this.words = words;
  }

  /**
   * The shipped list. A plain loop rather than a stream: it runs in a Lambda's cold start, where
   * the first lambda of a JVM costs tens of milliseconds.
   */
  public static OffensiveWords load() {
    String text = new String(ShippedResource.read(RESOURCE), StandardCharsets.US_ASCII);
    Set<String> words = new HashSet<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        words.add(line.strip().toUpperCase(Locale.ROOT));
      }
    }
    return new OffensiveWords(Set.copyOf(words));
  }

  /** True when the letters, read as one whole word, are offensive; case does not matter. */
  public boolean contains(String letters) {
    return words.contains(letters.toUpperCase(Locale.ROOT));
  }

  public int size() {
    return words.size();
  }
}
