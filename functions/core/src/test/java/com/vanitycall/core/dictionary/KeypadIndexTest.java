package com.vanitycall.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.keypad.Keypad;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeypadIndexTest {

  private static final KeypadIndex COMMON = KeypadIndex.load(WordSet.COMMON);
  private static final KeypadIndex FULL = KeypadIndex.load(WordSet.FULL);

  @Test
  void theFullListHoldsTheCommonWordsAndMore() {
    assertThat(COMMON.size()).isBetween(15_000, 30_000);
    assertThat(FULL.size()).isGreaterThan(3 * COMMON.size());
    assertThat(COMMON.version()).isEqualTo(FULL.version()).matches("[0-9a-f]{12}");
  }

  @Test
  void wordsOfOneDigitSequence_comeCommonestFirst() {
    List<String> words = wordsFor(FULL, "2255");

    assertThat(words).contains("CALL", "BALL");
    assertThat(words.indexOf("CALL")).isLessThan(words.indexOf("BALL"));
  }

  @Test
  void everyIndexedWord_spellsItsKey() {
    for (String digits : List.of("3569377", "5865", "228", "6683")) {
      assertThat(wordsFor(FULL, digits))
          .isNotEmpty()
          .allSatisfy(word -> assertThat(Keypad.digitsOf(word)).isEqualTo(digits));
    }
  }

  @Test
  void commonWordsOnly_leaveOutRareOnes() {
    assertThat(wordsFor(FULL, "6337")).contains("MEDS");
    assertThat(wordsFor(COMMON, "6337")).doesNotContain("MEDS");
  }

  @Test
  void offensiveWords_areNotIndexed() {
    OffensiveWords offensive = OffensiveWords.load();
    assertThat(offensive.size()).isGreaterThan(1_000);
    for (int word = 0; word < FULL.size(); word++) {
      assertThat(offensive.contains(FULL.word(word))).as(FULL.word(word)).isFalse();
    }
  }

  @Test
  void digitsWithoutLetters_haveNoKey() {
    assertThat(KeypadIndex.keyOf("2010", 0, 4)).isEqualTo(-1);
    assertThat(KeypadIndex.keyOf("2222222222222", 0, 13)).isEqualTo(-1);
    assertThat(FULL.slotOf(-1)).isEqualTo(-1);
  }

  private static List<String> wordsFor(KeypadIndex index, String digits) {
    int slot = index.slotOf(KeypadIndex.keyOf(digits, 0, digits.length()));
    List<String> words = new ArrayList<>();
    if (slot >= 0) {
      for (int word = index.firstWord(slot); word < index.endWord(slot); word++) {
        words.add(index.word(word));
      }
    }
    return words;
  }
}
