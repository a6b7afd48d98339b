package com.vanitycall.core.vanity;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;

class VanityTest {

  @Test
  void aVanity_holdsDigitsCapitalsAndDashes() {
    assertThatNoException()
        .isThrownBy(() -> new Vanity("1-800-GOT-JUNK", List.of("GOT", "JUNK"), 600, "GOTJUNK"));
  }

  @Test
  void anythingElse_cannotBeAVanity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Vanity("1-800-got-junk", List.of(), 0, "GOTJUNK"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Vanity("", List.of(), 0, ""));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Vanity("1-800-GOT-JUNK", List.of(), 0, "GOT-JUNK"));
  }
}
