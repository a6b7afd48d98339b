package com.vanitycall.connect;

import com.vanitycall.core.call.CallAnswer;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The handler's answer as Connect's strictest rule allows it: a flat map whose values hold only
 * letters, digits, dash and underscore. The flow composes the speech from these tokens.
 *
 * <ul>
 *   <li>{@code status}: ANSWERED, NO_WORDS (a valid number no word fits), WITHHELD or INVALID
 *   <li>{@code source}: CACHE, QUICK or FALLBACK
 *   <li>{@code count}: how many options follow, 0 to 3
 *   <li>{@code prefixDigits}: the digits every option keeps, e.g. {@code 1800}
 *   <li>{@code vanityN}: the display form, e.g. {@code 1-800-FLOWERS}
 *   <li>{@code vanityNWords}: the words to say, lower case, e.g. {@code got-junk}
 *   <li>{@code vanityNLetters}: what to spell out, e.g. {@code GOTJUNK}
 * </ul>
 */
final class ResponseTokens {

  private ResponseTokens() {}

  static Map<String, String> of(CallAnswer answer) {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("status", statusOf(answer));
    tokens.put("source", answer.source().name());
    tokens.put("count", Integer.toString(answer.options().size()));
    answer
        .caller()
        .number()
        .map(PhoneNumber::fixedDigits)
        .ifPresent(digits -> tokens.put("prefixDigits", digits));
    for (int i = 0; i < answer.options().size(); i++) {
      Vanity option = answer.options().get(i);
      String key = "vanity" + (i + 1);
      tokens.put(key, option.display());
      tokens.put(key + "Words", String.join("-", option.words()).toLowerCase(Locale.ROOT));
      tokens.put(key + "Letters", option.letters());
    }
    return tokens;
  }

  private static String statusOf(CallAnswer answer) {
    return switch (answer.caller().status()) {
      case VALID -> answer.options().isEmpty() ? "NO_WORDS" : "ANSWERED";
      case WITHHELD -> "WITHHELD";
      case INVALID -> "INVALID";
    };
  }
}
