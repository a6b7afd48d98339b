package com.vanitycall.core.keypad;

/**
 * The ITU E.161 telephone keypad: 2 ABC, 3 DEF, 4 GHI, 5 JKL, 6 MNO, 7 PQRS, 8 TUV, 9 WXYZ. The
 * digits 0 and 1 carry no letters.
 */
public final class Keypad {

  private static final String[] LETTERS = {
    "", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"
  };
  private static final char[] DIGIT_OF_LETTER = new char[26];

  static {
    for (int digit = 0; digit < LETTERS.length; digit++) {
      for (char letter : LETTERS[digit].toCharArray()) {
        DIGIT_OF_LETTER[letter - 'A'] = (char) ('0' + digit);
      }
    }
  }

  private Keypad() {}

  /** The key a letter is on, e.g. {@code 'F' -> '3'}; digits map to themselves. */
  public static char digitOf(char symbol) {
    if (symbol >= '0' && symbol <= '9') {
      return symbol;
    }
    char upper = Character.toUpperCase(symbol);
    if (upper < 'A' || upper > 'Z') {
      throw new IllegalArgumentException("not a keypad symbol: " + symbol);
    }
    return DIGIT_OF_LETTER[upper - 'A'];
  }

  /**
   * The digits a caller dials for a text of letters and digits, e.g. {@code FLOWERS -> 3569377}.
   */
  public static String digitsOf(CharSequence text) {
    var digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      digits.append(digitOf(text.charAt(i)));
    }
    return digits.toString();
  }

  /**
   * True when every symbol of the text is a letter (A to Z, any case): a word the keypad spells.
   */
  public static boolean spells(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char upper = Character.toUpperCase(text.charAt(i));
      if (upper < 'A' || upper > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** True when the digit has letters on its key (2 to 9). */
  public static boolean hasLetters(char digit) {
    return digit >= '2' && digit <= '9';
  }
}
