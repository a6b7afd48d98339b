package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.DEEP;
import static com.vanitycall.core.vanity.Engines.QUICK;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.phone.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model m3 (issue 20): phrases people say beat the same letters split into words that do not. */
class PhraseRankingTest {

  private static List<String> best(VanityEngine engine, String e164) {
    return engine.best(new PhoneNumber(e164, e164.substring(1, 5), e164.substring(5))).stream()
        .map(Vanity::display)
        .toList();
  }

  @Test
  void anAdjectiveAndItsNoun_beatTwoWordsThatDoNotGoTogether() {
    assertThat(best(QUICK, "+18556394663")).first().isEqualTo("1-855-NEW-HOME");
  }

  @Test
  void aVerbAndItsObject_beatTheSameVerbWithAWordItDoesNotTake() {
    assertThat(best(DEEP, "+18882892277")).first().isEqualTo("1-888-BUY-CARS");
  }

  @Test
  void aPossessiveAndItsNoun_beatDigitsBeforeTheNoun() {
    assertThat(best(DEEP, "+18006927753")).first().isEqualTo("1-800-MY-APPLE");
  }

  @Test
  void aRareTwin_neverTakesThePlaceOfItsCommonTwin() {
    assertThat(best(DEEP, "+18556394663")).doesNotContain("1-855-MEW-HOME");
  }

  @Test
  void aPhraseNeverBeatsACommonWordMuchLongerThanItsLongest() {
    assertThat(best(DEEP, "+18002668228")).first().isEqualTo("1-800-CONTACT");
  }
}
