package com.vanitycall.core.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeypadTest {

  @ParameterizedTest
  @CsvSource({"ABC, 2", "DEF, 3", "GHI, 4", "JKL, 5", "MNO, 6", "PQRS, 7", "TUV, 8", "WXYZ, 9"})
  void lettersSitOnTheirE161Keys(String letters, char digit) {
    for (char letter : letters.toCharArray()) {
      assertThat(Keypad.digitOf(letter)).isEqualTo(digit);
      assertThat(Keypad.digitOf(Character.toLowerCase(letter))).isEqualTo(digit);
    }
  }

  @Test
  void zeroAndOne_carryNoLetters() {
    assertThat(Keypad.hasLetters('0')).isFalse();
    assertThat(Keypad.hasLetters('1')).isFalse();
    for (char digit = '2'; digit <= '9'; digit++) {
      assertThat(Keypad.hasLetters(digit)).isTrue();
    }
  }

  @Test
  void aVanity_dialsBackToItsDigits() {
    assertThat(Keypad.digitsOf("FLOWERS")).isEqualTo("3569377");
    assertThat(Keypad.digitsOf("MOVERS1")).isEqualTo("6683771");
  }

  @Test
  void punctuation_isNotOnTheKeypad() {
    assertThatIllegalArgumentException().isThrownBy(() -> Keypad.digitOf('-'));
  }
}
