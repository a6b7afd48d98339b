package com.vanitycall.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped word pairs, looked up as the engine does: by the lines of the words' lemmas. */
class WordPairsTest {

  private static final KeypadIndex FULL = KeypadIndex.load(WordSet.FULL);
  private static final WordPairs PAIRS = WordPairs.load();

  private static int kind(String first, String second) {
    return PAIRS.kind(FULL.lemmaLine(FULL.find(first)), FULL.lemmaLine(FULL.find(second)));
  }

  @Test
  void aTwoWordWordNetEntry_isAnEntry_whateverTheFormOfItsWords() {
    assertThat(kind("CAR", "LOAN") & WordPairs.ENTRY).isNotZero();
    assertThat(kind("HOT", "TUBS") & WordPairs.ENTRY).isNotZero();
  }

  @Test
  void wordsTheGlossesPutSideBySide_areAttested_inTheirOrderOnly() {
    assertThat(kind("BUY", "CARS") & WordPairs.ATTESTED).isNotZero();
    assertThat(kind("CARS", "BUY")).isZero();
  }

  @Test
  void wordsThatDoNotGoTogether_areNoPair() {
    assertThat(kind("BUY", "BARS")).isZero();
    assertThat(kind("BOOT", "ACT")).isZero();
    assertThat(PAIRS.size()).isGreaterThan(30_000);
  }

  @Test
  void aFormLeadsToItsLemma() {
    assertThat(FULL.lemmaLine(FULL.find("CARS"))).isEqualTo(FULL.lemmaLine(FULL.find("CAR")));
    assertThat(FULL.lemmaLine(FULL.find("GOT"))).isEqualTo(FULL.lemmaLine(FULL.find("GET")));
  }
}
