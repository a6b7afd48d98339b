package com.vanitycall.core.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Set;

/**
 * Reads whatever Connect or a person hands us as a caller's number. Numbering plans come from
 * libphonenumber; numbers without a country code are read as North American. Letters are read as
 * keypad digits (1-800-FLOWERS is +18003569377) and an extension is dropped.
 *
 * <p>The subscriber digits, the part a vanity may spell, are what follows the national destination
 * code: for North America the seven digits after the area code; elsewhere what libphonenumber
 * reports after the destination code (+44 20 7946 0958: 79460958), or the whole national number
 * when the plan has no destination code.
 */
public final class CallerNumberParser {

  /** Longer input is not a phone number, whatever it holds; we do not hand it to the parser. */
  static final int MAX_INPUT_LENGTH = 64;

  private static final Set<String> WITHHELD_MARKERS =
      Set.of("anonymous", "private", "restricted", "unknown", "unavailable", "withheld");

  private static final String DEFAULT_REGION = "US";
  private static final int NANP_COUNTRY_CODE = 1;
  private static final int NANP_AREA_CODE_LENGTH = 3;
  private static final int NANP_E164_LENGTH = 12;

  private final PhoneNumberUtil numbering = PhoneNumberUtil.getInstance();

  public CallerNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new CallerNumber.Withheld();
    }
    String input = raw.strip();
    if (WITHHELD_MARKERS.contains(input.toLowerCase(Locale.ROOT))) {
      return new CallerNumber.Withheld();
    }
    if (input.length() > MAX_INPUT_LENGTH) {
      return new CallerNumber.Invalid("longer than " + MAX_INPUT_LENGTH + " characters");
    }
    try {
      Phonenumber.PhoneNumber parsed =
          isNanpE164(input) ? nanp(input) : numbering.parse(input, DEFAULT_REGION);
      if (!isValid(parsed)) {
        return new CallerNumber.Invalid("not a valid number in any numbering plan");
      }
      return new CallerNumber.Valid(split(parsed));
    } catch (NumberParseException e) {
      return new CallerNumber.Invalid(reasonFor(e.getErrorType()));
    }
  }

  /**
   * libphonenumber's validity. A North American number is tried against the United States first
   * (most are; one region's patterns instead of some twenty-five), then against the whole plan.
   */
  private boolean isValid(Phonenumber.PhoneNumber parsed) {
    return (parsed.getCountryCode() == NANP_COUNTRY_CODE
            && numbering.isValidNumberForRegion(parsed, DEFAULT_REGION))
        || numbering.isValidNumber(parsed);
  }

  /** Country code and destination code stay digits; what follows is the subscriber part. */
  private PhoneNumber split(Phonenumber.PhoneNumber parsed) {
    String e164 = numbering.format(parsed, PhoneNumberFormat.E164);
    String countryCode = Integer.toString(parsed.getCountryCode());
    String national = e164.substring(1 + countryCode.length());
    int destinationCode =
        parsed.getCountryCode() == NANP_COUNTRY_CODE
            ? NANP_AREA_CODE_LENGTH
            : numbering.getLengthOfNationalDestinationCode(parsed);
    if (destinationCode >= national.length()) {
      destinationCode = 0;
    }
    return new PhoneNumber(
        e164,
        countryCode + national.substring(0, destinationCode),
        national.substring(destinationCode));
  }

  /**
   * True for the form Connect hands us, +1 and ten digits: read directly, it skips the general
   * parser's pattern matching (the batch CLI reads a million of these).
   */
  private static boolean isNanpE164(String input) {
    if (input.length() != NANP_E164_LENGTH || !input.startsWith("+1")) {
      return false;
    }
    for (int i = 2; i < input.length(); i++) {
      if (input.charAt(i) < '0' || input.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Phonenumber.PhoneNumber nanp(String e164) {
    return new Phonenumber.PhoneNumber()
        .setCountryCode(NANP_COUNTRY_CODE)
        .setNationalNumber(Long.parseLong(e164.substring(2)));
  }

  private static String reasonFor(NumberParseException.ErrorType error) {
    return switch (error) {
      case INVALID_COUNTRY_CODE -> "no such country code";
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short to be a phone number";
      case TOO_LONG -> "too long to be a phone number";
      case NOT_A_NUMBER -> "not a phone number";
    };
  }
}
