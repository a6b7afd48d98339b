package com.vanitycall.core.vanity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.phone.RandomNanpNumbers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deep is a superset of quick under one model: for every number its top result scores at least as
 * high as quick's (it searches every quick word and more, with the same scores), checked on
 * thousands of seeded random valid North American numbers.
 */
class DeepSupersetPropertiesTest {

  private static final int NUMBERS = 5_000;
  private static final long SEED = 20_261_129L;

  @Test
  void theDeepTopResult_neverScoresBelowTheQuickOne() {
    List<PhoneNumber> numbers = RandomNanpNumbers.generate(NUMBERS, SEED);

    assertThat(numbers)
        .allSatisfy(
            number ->
                assertThat(Engines.DEEP.best(number).get(0).score())
                    .as(number.e164())
                    .isGreaterThanOrEqualTo(Engines.QUICK.best(number).get(0).score()));
  }

  @Test
  void bothProfiles_scoreAVanityTheSame() {
    List<PhoneNumber> numbers = RandomNanpNumbers.generate(NUMBERS / 5, SEED + 1);

    for (PhoneNumber number : numbers) {
      List<Vanity> deep = Engines.DEEP.best(number);
      for (Vanity quick : Engines.QUICK.best(number)) {
        deep.stream()
            .filter(vanity -> vanity.display().equals(quick.display()))
            .forEach(same -> assertThat(same.score()).isEqualTo(quick.score()));
      }
    }
  }
}
