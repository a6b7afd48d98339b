package com.vanitycall.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerNumberParserTest {

  private final CallerNumberParser parser = new CallerNumberParser();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+18003569377",
        "1 (800) 356-9377",
        "800.356.9377",
        "8003569377",
        "  +1 800 356 9377  ",
        "1-800-FLOWERS",
        "tel:+1-800-356-9377",
        "+1 800 356 9377 ext. 5"
      })
  void everyWayOfWritingANorthAmericanNumber_givesTheSameE164(String raw) {
    CallerNumber parsed = parser.parse(raw);

    assertThat(parsed.status()).isEqualTo(CallerStatus.VALID);
    PhoneNumber number = parsed.number().orElseThrow();
    assertThat(number.e164()).isEqualTo("+18003569377");
    assertThat(number.fixedDigits()).isEqualTo("1800");
    assertThat(number.subscriberDigits()).isEqualTo("3569377");
    assertThat(number.isNanp()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "+14169791234, 1416",
    "+18769271234, 1876",
    "+12425021234, 1242",
    "+17875551234, 1787"
  })
  void numbersOfTheWholeNorthAmericanPlan_areValid(String e164, String fixed) {
    PhoneNumber number = parser.parse(e164).number().orElseThrow();

    assertThat(number.fixedDigits()).isEqualTo(fixed);
    assertThat(number.subscriberDigits()).hasSize(7);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "anonymous", "Anonymous", "PRIVATE", "restricted", "unknown"})
  void missingOrHiddenNumbers_areWithheld(String raw) {
    assertThat(parser.parse(raw)).isEqualTo(new CallerNumber.Withheld());
  }

  @ParameterizedTest
  @CsvSource({
    "+0000000, no such country code",
    "abc, not a phone number",
    "+, not a phone number",
    "12345, not a valid number in any numbering plan",
    "+1 800 356 9377 9, not a valid number in any numbering plan",
    "+1 555, not a valid number in any numbering plan"
  })
  void badNumbers_areInvalidWithAReason(String raw, String reason) {
    assertThat(parser.parse(raw)).isEqualTo(new CallerNumber.Invalid(reason));
  }

  @Test
  void fourHundredCharactersOfJunk_areInvalidWithoutReachingTheParser() {
    CallerNumber parsed = parser.parse("x9(".repeat(133) + "x");

    assertThat(parsed).isEqualTo(new CallerNumber.Invalid("longer than 64 characters"));
    assertThat(parsed.number()).isEmpty();
  }

  @Test
  void aLondonNumber_keepsCountryAndDestinationCodeAsDigits() {
    PhoneNumber number = parser.parse("+44 20 7946 0958").number().orElseThrow();

    assertThat(number.e164()).isEqualTo("+442079460958");
    assertThat(number.fixedDigits()).isEqualTo("4420");
    assertThat(number.subscriberDigits()).isEqualTo("79460958");
    assertThat(number.isNanp()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "+33 1 23 45 67 89, 331, 23456789",
    "+49 30 123456, 4930, 123456",
    "+61 2 9374 4000, 612, 93744000",
    "+44 7911 123456, 447911, 123456"
  })
  void otherCountries_spellOnlyWhatFollowsTheDestinationCode(
      String raw, String fixed, String subscriber) {
    PhoneNumber number = parser.parse(raw).number().orElseThrow();

    assertThat(number.fixedDigits()).isEqualTo(fixed);
    assertThat(number.subscriberDigits()).isEqualTo(subscriber);
  }

  @Test
  void aValidNumber_isLoggedMasked() {
    assertThat(parser.parse("+18003569377").number().orElseThrow().masked())
        .isEqualTo("+1800*****77");
  }
}
