package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.tollFree;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.keypad.Keypad;
import com.vanitycall.core.phone.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** No offensive word ever reaches a caller: not as a word, not spelled by adjacent words. */
class OffensiveResultsTest {

  private static final List<VanityEngine> ENGINES = List.of(Engines.QUICK, Engines.DEEP);
  private static final int SUBSCRIBER_DIGITS = 7;

  private final OffensiveWords offensive = OffensiveWords.load();

  @Test
  void numbersThatSpellOffensiveWords_neverReturnThem() throws IOException {
    List<String> spellable = offensiveWordsThatFit();
    assertThat(spellable).hasSizeGreaterThan(700);

    for (String word : spellable) {
      assertClean(tollFree((Keypad.digitsOf(word) + "2222222").substring(0, SUBSCRIBER_DIGITS)));
    }
  }

  @Test
  void offensiveWords_inEveryPosition_neverReturnThem() throws IOException {
    for (String word : offensiveWordsThatFit()) {
      String digits = Keypad.digitsOf(word);
      for (int at = 1; at + digits.length() <= SUBSCRIBER_DIGITS; at++) {
        String around = "8888888";
        assertClean(
            tollFree(
                around.substring(0, at)
                    + digits
                    + around.substring(at + digits.length(), SUBSCRIBER_DIGITS)));
      }
    }
  }

  @Test
  void slurs_areCaughtToo() {
    PhoneNumber ofay = new PhoneNumber("+12125556329", "1212", "5556329");

    assertThat(offensive.contains("OFAY")).isTrue();
    assertThat(offensive.contains("COOLIE")).as("from WordNet's usage labels").isTrue();
    assertThat(offensive.contains("WETBACK")).isTrue();
    assertClean(ofay);
    assertClean(tollFree(Keypad.digitsOf("COOLIE") + "2"));
  }

  @Test
  void pluralsOfOffensiveWords_areOffensiveToo() {
    assertThat(offensive.contains("SCUM")).isTrue();
    assertThat(offensive.contains("SCUMS")).isTrue();
    assertClean(tollFree("6" + Keypad.digitsOf("SCUMS") + "7"));
  }

  @Test
  void cleanWordsAListFlagsByMistake_areAllowed() {
    assertThat(offensive.contains("GABLE")).isFalse();
    assertThat(offensive.contains("SEPTIC")).isFalse();
    assertThat(displays(Engines.DEEP.best(tollFree(Keypad.digitsOf("SEPTIC") + "2"))))
        .contains("1-800-SEPTIC-2");
  }

  private void assertClean(PhoneNumber number) {
    for (VanityEngine engine : ENGINES) {
      assertThat(engine.best(number))
          .as("%s, %s profile", number.subscriberDigits(), engine.profile())
          .noneMatch(RankingQuality::holdsOffensiveWord);
    }
  }

  private static List<String> displays(List<Vanity> vanities) {
    return vanities.stream().map(Vanity::display).toList();
  }

  private static List<String> offensiveWordsThatFit() throws IOException {
    try (InputStream in = OffensiveWords.class.getResourceAsStream("offensive.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .lines()
          .map(line -> line.strip().toUpperCase(Locale.ROOT))
          .filter(word -> word.length() >= 2 && word.length() <= SUBSCRIBER_DIGITS)
          .toList();
    }
  }
}
