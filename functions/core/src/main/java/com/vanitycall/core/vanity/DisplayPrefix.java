package com.vanitycall.core.vanity;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.vanitycall.core.phone.PhoneNumber;

/**
 * The digits a vanity keeps, grouped as people write them: {@code 1-800} for North America, the
 * country code then the destination code elsewhere ({@code 44-20}).
 */
final class DisplayPrefix {

  private static final String UNKNOWN_REGION = "ZZ";
  private static final int LONGEST_COUNTRY_CODE = 3;

  private DisplayPrefix() {}

  static String of(PhoneNumber number) {
    String fixed = number.fixedDigits();
    int countryCodeLength = countryCodeLength(fixed);
    if (countryCodeLength == fixed.length()) {
      return fixed;
    }
    return fixed.substring(0, countryCodeLength) + "-" + fixed.substring(countryCodeLength);
  }

  /** Country calling codes are prefix-free: the first known prefix is the code. */
  private static int countryCodeLength(String fixed) {
    if (fixed.startsWith("1")) {
      return 1;
    }
    var numbering = PhoneNumberUtil.getInstance();
    for (int length = 1; length <= Math.min(LONGEST_COUNTRY_CODE, fixed.length()); length++) {
      int candidate = Integer.parseInt(fixed.substring(0, length));
      if (!UNKNOWN_REGION.equals(numbering.getRegionCodeForCountryCode(candidate))) {
        return length;
      }
    }
    return fixed.length();
  }
}
