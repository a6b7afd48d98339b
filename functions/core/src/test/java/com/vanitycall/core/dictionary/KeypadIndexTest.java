package com.vanitycall.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.keypad.Keypad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeypadIndexTest {

  private static final KeypadIndex COMMON = KeypadIndex.load(WordSet.COMMON);
  private static final KeypadIndex FULL = KeypadIndex.load(WordSet.FULL);

  @Test
  void theFullListHoldsTheCommonWordsAndMore() {
    assertThat(COMMON.size()).isBetween(15_000, 30_000);
    // the full list stops at SCOWL size 50 (issue 10: words of sizes 55-70 are ones no caller
    // knows)
    assertThat(FULL.size()).isGreaterThan(2 * COMMON.size());
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
  void everyWord_carriesItsScowlTier() {
    assertThat(tiersOf(FULL, "2255")).containsEntry("CALL", 10);
    assertThat(tiersOf(FULL, "6337")).containsEntry("MEDS", KeypadIndex.SUBTLEX_ONLY_TIER);
    for (int word = 0; word < FULL.size(); word++) {
      assertThat(FULL.tier(word)).isIn(10, 20, 35, 40, 50, KeypadIndex.SUBTLEX_ONLY_TIER);
    }
  }

  @Test
  void properNames_areIndexedOnlyWhereTheyAreCommonWordsToo() {
    for (String name : List.of("SARAH", "MICHAEL", "JESSICA", "BRIAN", "LONDON", "TEXAS")) {
      assertThat(wordsFor(FULL, Keypad.digitsOf(name))).doesNotContain(name);
    }
    for (String wordAndName : List.of("BILL", "MARK", "ROSE", "JACK")) {
      assertThat(wordsFor(COMMON, Keypad.digitsOf(wordAndName))).contains(wordAndName);
    }
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

  private static Map<String, Integer> tiersOf(KeypadIndex index, String digits) {
    int slot = index.slotOf(KeypadIndex.keyOf(digits, 0, digits.length()));
    Map<String, Integer> tiers = new HashMap<>();
    for (int word = index.firstWord(slot); word < index.endWord(slot); word++) {
      tiers.put(index.word(word), index.tier(word));
    }
    return tiers;
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
