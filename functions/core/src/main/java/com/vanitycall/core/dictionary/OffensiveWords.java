package com.vanitycall.core.dictionary;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

  /** The shipped list. */
  public static OffensiveWords load() {
    String text = new String(ShippedResource.read(RESOURCE), StandardCharsets.US_ASCII);
    return new OffensiveWords(
        text.lines()
            .filter(line -> !line.isBlank())
            .map(line -> line.strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** True when the letters, read as one whole word, are offensive; case does not matter. */
  public boolean contains(String letters) {
    return words.contains(letters.toUpperCase(Locale.ROOT));
  }

  public int size() {
    return words.size();
  }
}
