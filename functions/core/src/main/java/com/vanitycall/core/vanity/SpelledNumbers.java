package com.vanitycall.core.vanity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.keypad.Keypad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse of the engine, for marketers: dialable North American numbers that spell a word or a
 * phrase ({@code CALL NOW} → +1 800 225 5669, 1-800-CALL-NOW). The word ends the number (where
 * people read it best); the digits before it are exchanges and line digits tried in order, and a
 * number is listed only when libphonenumber holds it valid for the country, with a real exchange
 * (not N11, not the fictional 555).
 */
public final class SpelledNumbers {

  /** The subscriber digits of a North American number: what letters may spell. */
  public static final int MOST_LETTERS = 7;

  private static final int NANP_COUNTRY_CODE = 1;
  private static final int EXCHANGE_DIGITS = 3;
  private static final String FICTIONAL_EXCHANGE = "555";

  /** At most this many choices of the leading digits are tried per area code. */
  private static final int MOST_TRIES = 10_000;

  /** Toll-free area codes, the ones marketers ask for first, in the order they opened. */
  private static final List<String> TOLL_FREE =
      List.of("800", "888", "877", "866", "855", "844", "833");

  private static final Pattern PHRASE = Pattern.compile("[A-Za-z]+([ -][A-Za-z]+)*");

  private final PhoneNumberUtil numbering = PhoneNumberUtil.getInstance();
  private final OffensiveWords offensive;

  public SpelledNumbers(OffensiveWords offensive) {
    this.offensive = offensive;
  }

  /** One dialable number: E.164 and the vanity form ({@code 1-800-CALL-NOW}). */
  public record Spelled(String e164, String display) {}

  /**
   * Up to {@code limit} numbers of the country (an ISO region of country code 1: US, CA, ...) that
   * end with the phrase; in the given area code only, or else in the toll-free codes (US, CA) or
   * the country's own area code.
   */
  public List<Spelled> find(String phrase, String country, Optional<String> areaCode, int limit) {
    String region = country.toUpperCase(Locale.ROOT);
    if (!numbering.getSupportedRegions().contains(region)) {
      throw new UnspellablePhraseException(
          country + " is not a country code (ISO 3166: US, CA, ...) that numbering plans know");
    }
    if (numbering.getCountryCodeForRegion(region) != NANP_COUNTRY_CODE) {
      throw new UnspellablePhraseException(
          "find spells North American numbers (country code 1: US, CA ...), not " + country);
    }
    List<String> words = wordsOf(phrase);
    String digits = Keypad.digitsOf(String.join("", words));
    List<Spelled> found = new ArrayList<>();
    for (String area : areaCode.map(List::of).orElseGet(() -> areaCodes(region))) {
      requireAreaCode(area, region);
      for (int free = 0; found.size() < limit && free < tries(digits); free++) {
        String subscriber = leading(free, MOST_LETTERS - digits.length()) + digits;
        String national = area + subscriber;
        if (isRealExchange(subscriber) && isValid(national, region)) {
          found.add(new Spelled("+1" + national, display(area, subscriber, words)));
        }
      }
    }
    return found;
  }

  private List<String> wordsOf(String phrase) {
    String trimmed = phrase == null ? "" : phrase.strip();
    if (!PHRASE.matcher(trimmed).matches()) {
      throw new UnspellablePhraseException(
          "give a word or phrase of letters (CALL NOW, FLOWERS), not \"" + phrase + "\"");
    }
    List<String> words = List.of(trimmed.toUpperCase(Locale.ROOT).split("[ -]"));
    String letters = String.join("", words);
    if (letters.length() > MOST_LETTERS) {
      throw new UnspellablePhraseException(
          letters
              + " has "
              + letters.length()
              + " letters; a North American number spells at most "
              + MOST_LETTERS
              + " after the area code");
    }
    if (offensive.contains(letters) || words.stream().anyMatch(offensive::contains)) {
      throw new UnspellablePhraseException(letters + " is on the offensive-word list");
    }
    return words;
  }

  private void requireAreaCode(String area, String region) {
    if (!area.matches("[2-9][0-9]{2}")) {
      throw new UnspellablePhraseException(
          "an area code is three digits, the first 2 to 9: " + area);
    }
    if (!isInUse(area, region)) {
      throw new UnspellablePhraseException(
          "area code " + area + " has no numbers in " + region + ": give one in use there");
    }
  }

  /** Whether any number of some real exchange in the area code is valid in the region. */
  private boolean isInUse(String area, String region) {
    for (int exchange = 200; exchange <= 999; exchange++) {
      if (isValid(area + exchange + "4567", region)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many choices of the free leading digits there are (1 when the phrase fills all seven), at
   * most {@value #MOST_TRIES}.
   */
  private static int tries(String digits) {
    return (int) Math.min(MOST_TRIES, Math.pow(10, MOST_LETTERS - digits.length()));
  }

  private static String leading(int value, int width) {
    return width == 0 ? "" : String.format(Locale.ROOT, "%0" + width + "d", value);
  }

  /** The exchange (first three subscriber digits) is N, then not 11, and not the fictional 555. */
  private static boolean isRealExchange(String subscriber) {
    String exchange = subscriber.substring(0, EXCHANGE_DIGITS);
    return Keypad.hasLetters(exchange.charAt(0))
        && !exchange.endsWith("11")
        && !exchange.equals(FICTIONAL_EXCHANGE);
  }

  private boolean isValid(String national, String region) {
    try {
      Phonenumber.PhoneNumber number = numbering.parse(national, region);
      return numbering.isValidNumberForRegion(number, region);
    } catch (NumberParseException e) {
      return false;
    }
  }

  private List<String> areaCodes(String region) {
    if (region.equals("US") || region.equals("CA")) {
      return TOLL_FREE;
    }
    Phonenumber.PhoneNumber example =
        numbering.getExampleNumberForType(region, PhoneNumberType.FIXED_LINE);
    return example == null
        ? List.of()
        : List.of(numbering.format(example, PhoneNumberFormat.E164).substring(2, 5));
  }

  /** 1-800-CALL-NOW; the leading digits grouped as written: 1-800-225-JUNK, 1-800-22-LOTUS. */
  private static String display(String area, String subscriber, List<String> words) {
    int free = MOST_LETTERS - String.join("", words).length();
    var display = new StringBuilder("1-").append(area);
    if (free > 0) {
      display.append('-').append(subscriber, 0, free);
    }
    words.forEach(word -> display.append('-').append(word));
    return display.toString();
  }
}
