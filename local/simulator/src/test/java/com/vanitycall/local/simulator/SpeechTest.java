package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechTest {

  private static final String OPTION =
      "<speak>Option one: <say-as interpret-as=\"digits\">1800</say-as>, flowers, spelled"
          + " <say-as interpret-as=\"characters\">FLOWERS</say-as>. <break time=\"600ms\"/>"
          + " Bye &amp; thanks</speak>";

  @Test
  void whatTheCallerHears_spellsLettersAndDigitsOneByOne() {
    assertThat(Speech.heard(OPTION))
        .isEqualTo("Option one: 1 8 0 0, flowers, spelled F L O W E R S. ... Bye & thanks");
  }

  @Test
  void theTextContent_dropsTheMarkupOnly() {
    assertThat(Speech.textOf(OPTION))
        .isEqualTo("Option one: 1800, flowers, spelled FLOWERS. Bye & thanks");
  }

  @Test
  void plainText_isHeardAsItIs() {
    assertThat(Speech.heard("Thanks for calling. Goodbye."))
        .isEqualTo("Thanks for calling. Goodbye.");
  }
}
