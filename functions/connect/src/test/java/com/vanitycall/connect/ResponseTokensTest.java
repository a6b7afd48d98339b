package com.vanitycall.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CallAnswer;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTokensTest {

  private static final CallerNumber.Valid JUNK =
      new CallerNumber.Valid(new PhoneNumber("+18004685865", "1800", "4685865"));

  @Test
  void options_becomeDisplayWordsAndLetters_numberedFromOne() {
    var answer =
        new CallAnswer(
            JUNK,
            VanitySource.CACHE,
            List.of(new Vanity("1-800-GOT-JUNK", List.of("GOT", "JUNK"), 90, "GOTJUNK")));

    assertThat(ResponseTokens.of(answer))
        .containsExactly(
            java.util.Map.entry("status", "ANSWERED"),
            java.util.Map.entry("source", "CACHE"),
            java.util.Map.entry("count", "1"),
            java.util.Map.entry("prefixDigits", "1800"),
            java.util.Map.entry("vanity1", "1-800-GOT-JUNK"),
            java.util.Map.entry("vanity1Words", "got-junk"),
            java.util.Map.entry("vanity1Letters", "GOTJUNK"));
  }

  @Test
  void aValidNumberNoWordFits_isNoWords_notAnError() {
    assertThat(ResponseTokens.of(new CallAnswer(JUNK, VanitySource.QUICK, List.of())))
        .containsEntry("status", "NO_WORDS")
        .containsEntry("count", "0");
  }

  @Test
  void aWithheldCaller_hasNoPrefixAndNoOptions() {
    assertThat(
            ResponseTokens.of(
                new CallAnswer(new CallerNumber.Withheld(), VanitySource.FALLBACK, List.of())))
        .containsOnlyKeys("status", "source", "count")
        .containsEntry("status", "WITHHELD");
  }
}
