package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.DEEP;
import static com.vanitycall.core.vanity.Engines.QUICK;
import static com.vanitycall.core.vanity.Engines.tollFree;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.keypad.Keypad;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Vanity numbers companies really use: the engine should have thought of them too. */
class FamousNumbersTest {

  /** The famous vanity, written as the words the engine should find (dashes between words). */
  private static final List<String> FAMOUS =
      List.of(
          "FLOWERS",
          "GOT-JUNK",
          "PET-MEDS",
          "DENTIST",
          "CONTACT",
          "CALL-NOW",
          "MOVERS",
          "HOLIDAY",
          "COLLECT",
          "LAWYERS",
          "PICK-UPS",
          "JEWELRY",
          "PAINTER",
          "BATTERY",
          "SUCCESS",
          "TAX-HELP");

  @Test
  void theDeepProfile_findsEveryFamousWordInItsTopFive() {
    Map<String, List<String>> missed =
        FAMOUS.stream()
            .filter(famous -> !topFiveContains(DEEP, famous))
            .collect(Collectors.toMap(f -> f, f -> displays(DEEP, f)));

    assertThat(missed).isEmpty();
  }

  @Test
  void theQuickProfile_findsMostOfThem() {
    long found = FAMOUS.stream().filter(famous -> topFiveContains(QUICK, famous)).count();

    assertThat(found).isGreaterThanOrEqualTo(FAMOUS.size() * 3 / 4);
  }

  /** Found when a vanity spells the famous letters, however it splits them into words. */
  private static boolean topFiveContains(VanityEngine engine, String famous) {
    String letters = famous.replace("-", "");
    return displays(engine, famous).stream()
        .anyMatch(display -> display.replace("-", "").contains(letters));
  }

  private static List<String> displays(VanityEngine engine, String famous) {
    String letters = famous.replace("-", "");
    String digits = Keypad.digitsOf(letters).substring(0, Math.min(7, letters.length()));
    String padded = (digits + "0000000").substring(0, 7);
    return engine.best(tollFree(padded)).stream().map(Vanity::display).toList();
  }
}
