package com.vanitycall.core.phone;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A valid phone number split into the digits that always stay digits (country code and area or
 * destination code) and the subscriber digits that letters may replace.
 *
 * @param e164 the E.164 form, e.g. {@code +18003569377}
 * @param fixedDigits country code followed by the area code, e.g. {@code 1800}
 * @param subscriberDigits the digits a vanity may spell, e.g. {@code 3569377}
 */
public record PhoneNumber(String e164, String fixedDigits, String subscriberDigits) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public PhoneNumber {
    Objects.requireNonNull(e164, "e164");
    Objects.requireNonNull(fixedDigits, "fixedDigits");
    Objects.requireNonNull(subscriberDigits, "subscriberDigits");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 number");
    }
    if (!e164.substring(1).equals(fixedDigits + subscriberDigits)) {
      throw new IllegalArgumentException(
          "fixed and subscriber digits must make up the E.164 number");
    }
    if (subscriberDigits.isEmpty()) {
      throw new IllegalArgumentException("a phone number needs subscriber digits");
    }
  }

  /** True for the North American Numbering Plan (country code 1). */
  public boolean isNanp() {
    return fixedDigits.startsWith("1");
  }

  /**
   * The number for logs: country and area code kept, all but the last two subscriber digits masked.
   */
  public String masked() {
    int keep = Math.min(2, subscriberDigits.length());
    return "+"
        + fixedDigits
        + "*".repeat(subscriberDigits.length() - keep)
        + subscriberDigits.substring(subscriberDigits.length() - keep);
  }

  @Override
  public String toString() {
    return masked();
  }
}
