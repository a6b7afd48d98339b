package com.vanitycall.core.vanity;

import static com.vanitycall.core.vanity.Engines.DEEP;
import static com.vanitycall.core.vanity.Engines.QUICK;
import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.dictionary.KeypadIndex;
import com.vanitycall.core.dictionary.WordSet;
import com.vanitycall.core.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller hears, the page shows and the counters count (issue 20): only what is worth it. */
class WorthSayingTest {

  private static List<String> said(VanityEngine engine, PhoneNumber number) {
    return QUICK.worthSaying().of(engine.best(number)).stream().map(Vanity::display).toList();
  }

  @Test
  void aLongCommonWord_isSaidAlone_notTheFillerAfterIt() {
    assertThat(said(DEEP, Engines.tollFree("2668228"))).containsExactly("1-800-CONTACT");
    assertThat(said(DEEP, Engines.tollFree("3569377"))).containsExactly("1-800-FLOWERS");
  }

  @Test
  void aPhrase_isSaid_butWordsSideBySideThatDoNotGoTogetherAreNot() {
    var number = new PhoneNumber("+18882255669", "1888", "2255669");

    assertThat(said(DEEP, number)).containsExactly("1-888-CALL-NOW");
    assertThat(DEEP.best(number)).extracting(Vanity::display).contains("1-888-BALL-669");
  }

  @Test
  void glueAlone_isNotWorthSaying_andCountsNoWord() {
    var number = new PhoneNumber("+12125550123", "1212", "5550123");
    List<Vanity> best = DEEP.best(number);

    assertThat(best).extracting(Vanity::display).containsExactly("1-212-55501-BE");
    assertThat(QUICK.worthSaying().of(best)).isEmpty();
    assertThat(DEEP.worthSaying().headlineWord(best)).isEmpty();
  }

  @Test
  void theQuickEngine_judgesADeepResultWithDeepOnlyWords_likeTheDeepEngine() {
    List<Vanity> deepBest = DEEP.best(Engines.tollFree("7386337"));

    Vanity petMeds =
        deepBest.stream()
            .filter(v -> v.display().equals("1-800-PET-MEDS"))
            .findFirst()
            .orElseThrow();

    assertThat(QUICK.worthSaying().of(deepBest)).isEqualTo(DEEP.worthSaying().of(deepBest));
    assertThat(QUICK.worthSaying().isSayable(petMeds)).isTrue();
    assertThat(QUICK.worthSaying().isPhrase(petMeds)).isTrue();
  }

  @Test
  void everyWordACallerRecognisesAtOnce_isKnownToTheQuickProfilesJudgment() {
    KeypadIndex full = KeypadIndex.load(WordSet.FULL);
    KeypadIndex common = KeypadIndex.load(WordSet.COMMON);
    List<String> unknownToQuick = new ArrayList<>();
    for (int word = 0; word < full.size(); word++) {
      int recognition =
          VanityScore.recognition(
              Math.max(3, full.length(word)), full.tier(word), full.frequencyClass(word));
      if (recognition >= VanityScore.COMMON && common.find(full.word(word)) < 0) {
        unknownToQuick.add(full.word(word));
      }
    }

    assertThat(unknownToQuick).isEmpty();
    assertThat(common.find("MEDS")).isNotNegative();
  }

  @Test
  void theHeadlineWord_isTheLongestWordOfTheFirstOptionWorthSaying() {
    assertThat(DEEP.worthSaying().headlineWord(DEEP.best(Engines.tollFree("6927753"))))
        .contains("APPLE");
    assertThat(DEEP.worthSaying().headlineWord(DEEP.best(Engines.tollFree("2255669"))))
        .contains("CALL");
  }

  @Test
  void anOptionFarBelowTheFirst_isNotWorthSaying() {
    var flowers = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 3146, "FLOWERS");
    var lowers = new Vanity("1-800-3-LOWERS", List.of("LOWERS"), 1398, "3LOWERS");

    assertThat(QUICK.worthSaying().isSayable(lowers)).isTrue();
    assertThat(QUICK.worthSaying().isWorthSaying(lowers, flowers)).isFalse();
  }

  @Test
  void aPhrase_isCommonWordsSideBySideThatGoTogether() {
    WorthSaying judge = QUICK.worthSaying();

    assertThat(judge.isPhrase(new Vanity("1-855-NEW-HOME", List.of("NEW", "HOME"), 1, "NEWHOME")))
        .isTrue();
    assertThat(judge.isPhrase(new Vanity("1-855-NEW-GOOD", List.of("NEW", "GOOD"), 1, "NEWGOOD")))
        .isFalse();
    assertThat(judge.isPhrase(new Vanity("1-800-6-WARS-53", List.of("WARS"), 1, "6WARS53")))
        .isFalse();
    assertThat(
            judge.isPhrase(new Vanity("1-800-BUY-5-CARS", List.of("BUY", "CARS"), 1, "BUY5CARS")))
        .isFalse();
  }

  @Test
  void aStoredValueTheKeypadCannotSpell_isNotWorthSaying_andBreaksNothing() {
    Vanity html =
        new Vanity("1-617-555-COOL", List.of("<img src=x onerror=alert(1)>"), 900, "COOL");

    assertThat(QUICK.worthSaying().isSayable(html)).isFalse();
    assertThat(QUICK.worthSaying().of(List.of(html))).isEmpty();
  }
}
