package com.vanitycall.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Connect's +1XXXXXXXXXX form is read directly; it must agree with the general parser. */
class NanpFastPathPropertiesTest {

  private final CallerNumberParser parser = new CallerNumberParser();

  @Property(tries = 2_000, seed = "20261122")
  void readingE164Directly_agreesWithTheGeneralParser(
      @ForAll @NumericChars @StringLength(10) String digits) {
    CallerNumber direct = parser.parse("+1" + digits);
    CallerNumber general = parser.parse("+1 " + digits);

    assertThat(direct.status()).isEqualTo(general.status());
    assertThat(direct.number()).isEqualTo(general.number());
  }
}
