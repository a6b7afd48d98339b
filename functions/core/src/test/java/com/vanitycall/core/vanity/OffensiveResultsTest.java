package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.tollFree;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.keypad.Keypad;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** No offensive word ever reaches a caller: not as a word, not spelled by adjacent words. */
class OffensiveResultsTest {

  private final OffensiveWords offensive = OffensiveWords.load();

  @Test
  void numbersThatSpellOffensiveWords_neverReturnThem() throws IOException {
    List<String> spellable = offensiveWordsThatFitSevenDigits();
    assertThat(spellable).hasSizeGreaterThan(500);

    for (String word : spellable) {
      String digits = (Keypad.digitsOf(word) + "2222222").substring(0, 7);
      for (VanityEngine engine : List.of(Engines.QUICK, Engines.DEEP)) {
        for (Vanity vanity : engine.best(tollFree(digits))) {
          assertThat(vanity.words()).noneMatch(offensive::contains);
          assertThat(joinedRuns(vanity)).as(word).noneMatch(offensive::contains);
        }
      }
    }
  }

  /** Adjacent words read as one: MOVERS1 gives MOVERS, GOTJUNK gives GOTJUNK. */
  private static List<String> joinedRuns(Vanity vanity) {
    return List.of(vanity.letters().split("[0-9]+"));
  }

  private static List<String> offensiveWordsThatFitSevenDigits() throws IOException {
    try (InputStream in = OffensiveWords.class.getResourceAsStream("offensive.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .lines()
          .map(line -> line.strip().toUpperCase(Locale.ROOT))
          .filter(word -> word.length() >= 2 && word.length() <= 7)
          .toList();
    }
  }
}
