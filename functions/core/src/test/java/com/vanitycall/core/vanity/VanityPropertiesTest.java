package com.vanitycall.core.vanity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.keypad.Keypad;
import com.vanitycall.core.phone.PhoneNumber;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every number, checked on seeded random North American numbers. */
class VanityPropertiesTest {

  private static final String SEED = "20261122";

  @Property(tries = 400, seed = SEED)
  void everyVanity_dialsExactlyTheNumber(@ForAll("nanpNumbers") PhoneNumber number) {
    for (VanityEngine engine : List.of(Engines.QUICK, Engines.DEEP)) {
      assertThat(engine.best(number))
          .isNotEmpty()
          .allSatisfy(
              vanity -> {
                assertThat(Keypad.digitsOf(vanity.letters())).isEqualTo(number.subscriberDigits());
                assertThat(Keypad.digitsOf(vanity.display().replace("-", "")))
                    .isEqualTo(number.e164().substring(1));
                assertThat(vanity.display()).startsWith("1-" + number.fixedDigits().substring(1));
                assertThat(String.join("", vanity.words()))
                    .isEqualTo(vanity.letters().replaceAll("[0-9]", ""));
              });
    }
  }

  @Property(tries = 400, seed = SEED)
  void theTopFive_areDistinctIdeasBestFirst(@ForAll("nanpNumbers") PhoneNumber number) {
    List<Vanity> best = Engines.DEEP.best(number);

    assertThat(best).hasSizeBetween(1, VanityEngine.RESULTS);
    assertThat(best).extracting(Vanity::display).doesNotHaveDuplicates();
    assertThat(best).extracting(Vanity::score).isSortedAccordingTo((a, b) -> b - a);
  }

  @Property(tries = 200, seed = SEED)
  void theSameNumber_alwaysGetsTheSameAnswer(@ForAll("nanpNumbers") PhoneNumber number) {
    assertThat(Engines.QUICK.best(number)).isEqualTo(Engines.QUICK.best(number));
    assertThat(Engines.DEEP.best(number)).isEqualTo(Engines.DEEP.best(number));
  }

  @Provide
  Arbitrary<PhoneNumber> nanpNumbers() {
    Arbitrary<String> areaCode =
        Combinators.combine(
                Arbitraries.integers().between(2, 9),
                Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 9))
            .as((a, b, c) -> "" + a + b + c);
    Arbitrary<String> subscriber =
        Combinators.combine(
                Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(6))
            .as((first, rest) -> first + rest);
    return Combinators.combine(areaCode, subscriber)
        .as((area, digits) -> new PhoneNumber("+1" + area + digits, "1" + area, digits));
  }
}
