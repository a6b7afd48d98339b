package com.vanitycall.core.vanity;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One vanity number.
 *
 * @param display the form people read, e.g. {@code 1-800-FLOWERS} or {@code 1-800-GOT-JUNK}
 * @param words the dictionary words it spells, in order, upper case; empty for digits only
 * @param score higher is better; only comparable between results of one engine version
 * @param letters what the caller should hear spelled out, e.g. {@code FLOWERS} or {@code GOTJUNK};
 *     letters and digits only
 */
public record Vanity(String display, List<String> words, int score, String letters) {

  private static final Pattern DISPLAY = Pattern.compile("[0-9A-Z-]+");
  private static final Pattern LETTERS = Pattern.compile("[0-9A-Z]*");

  public Vanity {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(letters, "letters");
    words = List.copyOf(words);
    if (!DISPLAY.matcher(display).matches()) {
      throw new IllegalArgumentException("a vanity display holds digits, capitals and dashes only");
    }
    if (!LETTERS.matcher(letters).matches()) {
      throw new IllegalArgumentException("vanity letters hold digits and capitals only");
    }
  }
}
