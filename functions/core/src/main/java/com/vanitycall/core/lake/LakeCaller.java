package com.vanitycall.core.lake;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.vanitycall.core.phone.PhoneNumber;
import java.util.Objects;
import java.util.Set;

/**
 * What the lake keeps of a valid caller's number: where it is (country and area code) and who it
 * is, pseudonymously. Never the number itself.
 *
 * @param countryCode the country calling code, {@code 1}, {@code 44}
 * @param areaCode the area or destination code ({@code 800}, {@code 20}); empty where the plan has
 *     none
 * @param id the caller's pseudonym ({@link CallerPseudonyms})
 * @param keyId the id of the key that made it
 */
public record LakeCaller(String countryCode, String areaCode, String id, String keyId) {

  private static final Set<Integer> CALLING_CODES =
      PhoneNumberUtil.getInstance().getSupportedCallingCodes();

  public LakeCaller {
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(keyId, "keyId");
    if (countryCode == null || !countryCode.matches("[1-9][0-9]{0,2}")) {
      throw new IllegalArgumentException("a country calling code has one to three digits");
    }
    if (id == null || !id.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("a caller id is a pseudonym of 32 hex digits");
    }
  }

  /** The caller of a valid number, its pseudonym made by {@code pseudonyms}. */
  public static LakeCaller of(PhoneNumber number, CallerPseudonyms pseudonyms) {
    String fixed = number.fixedDigits();
    // calling codes are one to three digits, and none is the start of another
    for (int length = 1; length <= 3 && length <= fixed.length(); length++) {
      if (CALLING_CODES.contains(Integer.parseInt(fixed.substring(0, length)))) {
        return new LakeCaller(
            fixed.substring(0, length),
            fixed.substring(length),
            pseudonyms.of(number.e164()),
            pseudonyms.keyId());
      }
    }
    throw new IllegalArgumentException("no country calling code starts " + number.masked());
  }
}
