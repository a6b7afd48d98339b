package com.vanitycall.core.vanity;

import java.util.List;
import java.util.Objects;

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

  public Vanity {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(letters, "letters");
    words = List.copyOf(words);
    if (display.isEmpty() || !holdsOnly(display, true)) {
      throw new IllegalArgumentException("a vanity display holds digits, capitals and dashes only");
    }
    if (!holdsOnly(letters, false)) {
      throw new IllegalArgumentException("vanity letters hold digits and capitals only");
    }
  }

  /**
   * Digits and capitals (and dashes when allowed); a loop, not a regex: the batch CLI makes
   * millions.
   */
  private static boolean holdsOnly(String text, boolean dashes) {
    for (int i = 0; i < text.length(); i++) {
      char symbol = text.charAt(i);
      boolean allowed =
          (symbol >= '0' && symbol <= '9')
              || (symbol >= 'A' && symbol <= 'Z')
              || (dashes && symbol == '-');
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
