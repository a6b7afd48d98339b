package com.vanitycall.core.vanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.keypad.Keypad;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.SpelledNumbers.Spelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SpelledNumbersTest {

  private final SpelledNumbers spelled = new SpelledNumbers(OffensiveWords.load());
  private final CallerNumberParser parser = new CallerNumberParser();

  @Test
  void aSevenLetterWord_fillsTheNumber_inTheTollFreeCodesFirst() {
    List<Spelled> found = spelled.find("flowers", "US", Optional.empty(), 3);

    assertThat(found)
        .containsExactly(
            new Spelled("+18003569377", "1-800-FLOWERS"),
            new Spelled("+18883569377", "1-888-FLOWERS"),
            new Spelled("+18773569377", "1-877-FLOWERS"));
  }

  @Test
  void aPhrase_keepsItsWords() {
    assertThat(spelled.find("call now", "US", Optional.of("212"), 5))
        .containsExactly(new Spelled("+12122255669", "1-212-CALL-NOW"));
  }

  @Test
  void aShortWord_endsTheNumber_afterRealExchanges() {
    List<Spelled> found = spelled.find("junk", "US", Optional.of("212"), 20);

    assertThat(found).hasSize(20);
    assertThat(found.get(0).display()).isEqualTo("1-212-200-JUNK");
    for (Spelled number : found) {
      PhoneNumber parsed = parser.parse(number.e164()).number().orElseThrow();
      String exchange = parsed.subscriberDigits().substring(0, 3);
      assertThat(exchange).doesNotEndWith("11").isNotEqualTo("555");
      assertThat(parsed.subscriberDigits()).endsWith(Keypad.digitsOf("JUNK"));
      assertThat(Keypad.digitsOf(number.display().replace("-", "")))
          .isEqualTo(number.e164().substring(1));
    }
  }

  @Test
  void everyNumberFound_isValidForItsCountry() {
    for (Spelled number : spelled.find("home", "CA", Optional.of("416"), 10)) {
      assertThat(parser.parse(number.e164()).number()).isPresent();
    }
  }

  @Test
  void whatCannotBeSpelled_saysWhy() {
    assertThatThrownBy(() -> spelled.find("mattresses", "US", Optional.empty(), 5))
        .isInstanceOf(UnspellablePhraseException.class)
        .hasMessageContaining("at most 7");
    assertThatThrownBy(() -> spelled.find("call 911", "US", Optional.empty(), 5))
        .hasMessageContaining("letters");
    assertThatThrownBy(() -> spelled.find("ofay", "US", Optional.empty(), 5))
        .hasMessageContaining("offensive");
    assertThatThrownBy(() -> spelled.find("flowers", "GB", Optional.empty(), 5))
        .hasMessageContaining("North American");
    assertThatThrownBy(() -> spelled.find("flowers", "US", Optional.of("12"), 5))
        .hasMessageContaining("area code");
  }

  @Test
  void anAreaCodeNotInUse_isNamedAsTheProblem_notThePhrase() {
    assertThatThrownBy(() -> spelled.find("call now", "US", Optional.of("999"), 5))
        .isInstanceOf(UnspellablePhraseException.class)
        .hasMessage("area code 999 has no numbers in US: give one in use there");
  }

  @Test
  void anUnknownCountry_isSaidInOneMessage_withoutTheLibrarysWarning() {
    Logger numbering = Logger.getLogger("com.google.i18n.phonenumbers.PhoneNumberUtil");
    List<String> warnings = new ArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    numbering.addHandler(recorder);
    try {
      assertThatThrownBy(() -> spelled.find("flowers", "ZZ", Optional.empty(), 5))
          .isInstanceOf(UnspellablePhraseException.class)
          .hasMessageContaining("ZZ is not a country code");
      assertThat(warnings).isEmpty();
    } finally {
      numbering.removeHandler(recorder);
    }
  }
}
