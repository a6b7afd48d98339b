package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.DEEP;
import static com.vanitycall.core.vanity.Engines.QUICK;
import static com.vanitycall.core.vanity.FamousNumbers.FAMOUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Vanity numbers companies really use: the engine should have thought of them too. */
class FamousNumbersTest {

  @Test
  void theDeepProfile_findsEveryFamousWordInItsTopFive() {
    assertThat(missed(DEEP, FAMOUS)).isEmpty();
  }

  @Test
  void theDeepProfile_findsEveryPhraseInItsTopFive_andMostFirst() {
    assertThat(missed(DEEP, FamousNumbers.PHRASES)).isEmpty();
    long first = FamousNumbers.PHRASES.stream().filter(p -> FamousNumbers.first(DEEP, p)).count();

    assertThat(first).isGreaterThanOrEqualTo(FamousNumbers.PHRASES.size() * 3 / 4);
  }

  @Test
  void theQuickProfile_findsMostOfThem() {
    long found = FAMOUS.stream().filter(famous -> FamousNumbers.inTopFive(QUICK, famous)).count();

    assertThat(found).isGreaterThanOrEqualTo(FAMOUS.size() * 3 / 4);
  }

  private static Map<String, List<String>> missed(VanityEngine engine, List<String> numbers) {
    return numbers.stream()
        .filter(famous -> !FamousNumbers.inTopFive(engine, famous))
        .collect(Collectors.toMap(f -> f, f -> FamousNumbers.topFive(engine, f)));
  }
}
