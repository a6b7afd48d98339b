package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.DEEP;
import static com.vanitycall.core.vanity.Engines.QUICK;
import static com.vanitycall.core.vanity.Engines.tollFree;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking rules of docs/engine.md, one worked example each. */
class VanityEngineTest {

  @Test
  void oneWordCoveringEveryDigit_ranksFirst() {
    Vanity best = QUICK.best(tollFree("3569377")).get(0);

    assertThat(best).isEqualTo(new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 3146, "FLOWERS"));
  }

  @Test
  void aWordAtTheEnd_beatsTheSameWordBeforeADigit() {
    int flowers = VanityScore.ofWord(7, 20, 10, true);
    int flowerSeven = VanityScore.ofWord(6, 20, 10, false);

    assertThat(flowers).isGreaterThan(flowerSeven);
    assertThat(VanityScore.ofWord(6, 20, 10, true)).isGreaterThan(flowerSeven);
  }

  @Test
  void aRareWord_neverBeatsACommonWordOfSimilarLength() {
    for (int frequencyClass = 0; frequencyClass <= 14; frequencyClass++) {
      int commonFourLetters = VanityScore.ofWord(4, 35, frequencyClass, false);
      for (int rareTier : List.of(40, 50)) {
        assertThat(VanityScore.ofWord(5, rareTier, frequencyClass, true))
            .isLessThan(commonFourLetters);
        assertThat(VanityScore.ofWord(4, rareTier, frequencyClass, true))
            .isLessThan(commonFourLetters);
      }
    }
  }

  @Test
  void twoLetterGlueWords_earnAlmostNothing() {
    int glue = VanityScore.ofWord(2, 10, 0, true);

    assertThat(glue).isLessThan(VanityScore.EXTRA_WORD / 5);
    assertThat(glue).isLessThan(VanityScore.ofWord(3, 35, 14, false) / 10);
  }

  @Test
  void wordsACallerWouldNotRecognise_earnLessThanLeavingTheDigits() {
    assertThat(VanityScore.isRecognised(4, 50)).isTrue();
    assertThat(VanityScore.isRecognised(4, 55)).isFalse();
    assertThat(VanityScore.isRecognised(2, 55)).isTrue();
    assertThat(VanityScore.ofVanity(1000, false)).isEqualTo(250);
    assertThat(VanityScore.ofVanity(1000, true)).isEqualTo(1000);
  }

  @Test
  void commonWords_beatCoveringMoreDigitsWithRareOnes() {
    List<String> deep = displays(DEEP.best(tollFree("3569377")));

    assertThat(deep.subList(0, 2)).containsExactly("1-800-FLOWERS", "1-800-3-LOWERS");
    assertThat(deep).doesNotContain("1-800-ELM-YEPS");
  }

  @Test
  void aKnownWordInANewCombination_beatsAnOptionNobodyWouldPick() {
    List<String> deep = displays(DEEP.best(tollFree("4685865")));

    assertThat(deep.subList(0, 2)).containsExactly("1-800-GOT-JUNK", "1-800-HOT-JUNK");
    assertThat(deep).doesNotContain("1-800-GNU-5-TO-5", "1-800-HOT-5-TO-5");
  }

  @Test
  void twoWords_coverANumberNoSingleWordFits() {
    assertThat(QUICK.best(tollFree("4685865")).get(0).display()).isEqualTo("1-800-GOT-JUNK");
    assertThat(QUICK.best(tollFree("2255669")).get(0).display()).isEqualTo("1-800-CALL-NOW");
  }

  @Test
  void oneLongWord_beatsTwoShortWordsCoveringAsMuch() {
    List<String> displays = displays(QUICK.best(tollFree("2668228")));

    assertThat(displays.get(0)).isEqualTo("1-800-CONTACT");
    assertThat(displays).contains("1-800-BOOT-ACT");
  }

  @Test
  void aWordFollowedByADigit_isAVanityToo() {
    Vanity best = QUICK.best(tollFree("6683771")).get(0);

    assertThat(best.display()).isEqualTo("1-800-MOVERS-1");
    assertThat(best.words()).containsExactly("MOVERS");
    assertThat(best.letters()).isEqualTo("MOVERS1");
  }

  @Test
  void commonerWords_rankAboveRarerWordsOfTheSameLength() {
    List<String> displays = displays(QUICK.best(tollFree("2255000")));

    assertThat(displays).contains("1-800-CALL-000", "1-800-BALL-000");
    assertThat(displays.indexOf("1-800-CALL-000")).isLessThan(displays.indexOf("1-800-BALL-000"));
  }

  @Test
  void theTopFive_areFiveDifferentIdeas() {
    List<Vanity> best = DEEP.best(tollFree("3569377"));

    assertThat(best).hasSize(VanityEngine.RESULTS);
    assertThat(displays(best)).doesNotContain("1-800-FLOWER-7");
    assertThat(best.stream().flatMap(vanity -> vanity.words().stream())).doesNotHaveDuplicates();
  }

  @Test
  void aNumberNoWordFits_getsOneDigitsOnlyResult() {
    assertThat(DEEP.best(tollFree("2010101")))
        .containsExactly(new Vanity("1-800-201-0101", List.of(), 0, "2010101"));
  }

  @Test
  void zeroAndOne_stayDigitsBetweenWords() {
    assertThat(QUICK.best(tollFree("2281000")))
        .isNotEmpty()
        .allSatisfy(vanity -> assertThat(vanity.display()).endsWith("-1000"));
  }

  @Test
  void theAreaCode_staysDigits() {
    PhoneNumber flowersInNewYork = new PhoneNumber("+12123569377", "1212", "3569377");

    assertThat(QUICK.best(flowersInNewYork).get(0).display()).isEqualTo("1-212-FLOWERS");
  }

  @Test
  void aLondonNumber_spellsOnlyAfterTheDestinationCode() {
    PhoneNumber london = new CallerNumberParser().parse("+44 20 7946 0958").number().orElseThrow();

    List<Vanity> best = DEEP.best(london);

    assertThat(best)
        .isNotEmpty()
        .allSatisfy(vanity -> assertThat(vanity.display()).startsWith("44-20-"))
        .allSatisfy(vanity -> assertThat(vanity.letters()).hasSize(8));
  }

  @Test
  void bothProfiles_shareOneVersionNamingTheDataAndTheModel() {
    assertThat(QUICK.dictionaryVersion())
        .isEqualTo(DEEP.dictionaryVersion())
        .matches("[0-9a-f]{12}-" + VanityScore.MODEL);
    assertThat(QUICK.words()).isLessThan(DEEP.words());
  }

  private static List<String> displays(List<Vanity> vanities) {
    return vanities.stream().map(Vanity::display).toList();
  }
}
