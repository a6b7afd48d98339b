package com.vanitycall.core.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CallerPseudonymsTest {

  private static PseudonymKey key(int fill) {
    byte[] secret = new byte[PseudonymKey.MIN_BYTES];
    Arrays.fill(secret, (byte) fill);
    return new PseudonymKey(secret);
  }

  @Test
  void aNumber_hasOnePseudonymUnderAKey_anotherUnderAnotherKey_andNeverShowsInIt() {
    CallerPseudonyms one = new CallerPseudonyms(key(1));
    CallerPseudonyms again = new CallerPseudonyms(key(1));
    CallerPseudonyms rotated = new CallerPseudonyms(key(2));

    String id = one.of("+18003569377");

    assertThat(id).matches("[0-9a-f]{32}").isEqualTo(again.of("+18003569377"));
    assertThat(one.of("+18003569378")).isNotEqualTo(id);
    assertThat(rotated.of("+18003569377")).isNotEqualTo(id);
    assertThat(id).doesNotContain("3569377");
    assertThat(one.keyId()).matches("k[0-9a-f]{8}").isNotEqualTo(rotated.keyId());
  }

  @Test
  void aKeyShorterThan256Bits_isRefused() {
    assertThatThrownBy(() -> new PseudonymKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThat(key(1).toString()).doesNotContain("1, 1");
  }
}
