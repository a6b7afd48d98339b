package com.vanitycall.cli.analyst;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Area codes as the counters key them (the country calling code and the area code run together,
 * {@code 1800}, {@code 4420}) shown as a person writes them: {@code +1 800}, {@code +44 20}.
 */
final class AreaCodes {

  private static final PhoneNumberUtil NUMBERING = PhoneNumberUtil.getInstance();
  private static final String NO_NUMBER = "none";

  private AreaCodes() {}

  static String display(String key) {
    if (key.equals(NO_NUMBER)) {
      return "(no number)";
    }
    // calling codes are one to three digits and none is the start of another
    for (int length = 1; length <= 3 && length < key.length(); length++) {
      int callingCode = Integer.parseInt(key.substring(0, length));
      if (NUMBERING.getSupportedCallingCodes().contains(callingCode)) {
        return "+" + callingCode + " " + key.substring(length);
      }
    }
    return key;
  }
}
