package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.keypad.Keypad;
import com.vanitycall.core.phone.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How good one profile's answers are, by the figures of issue 10, on a set of numbers:
 *
 * <ul>
 *   <li>{@code commonTop}: the share of numbers whose top result holds a common word (SCOWL size ≤
 *       {@value #COMMON_TIER}) of four letters or more;
 *   <li>{@code obscureTopThree}: the share of numbers whose top three hold an obscure word (three
 *       letters or more, outside SCOWL size ≤ {@value #KNOWN_TIER});
 *   <li>{@code ideasTopFive}: the average number of distinct ideas in the top five (a result is a
 *       new idea when it repeats no word of three letters or more of a better one, nor a longer or
 *       shorter form of it: a digits-only result counts as one idea);
 *   <li>the famous vanity numbers found in the top five, and results holding an offensive word
 *       (alone or spelled by adjacent words);
 *   <li>{@code commonFits}, the ceiling of {@code commonTop}: the share of numbers where a common
 *       word of four letters or more fits at all (the same for both profiles);
 *   <li>{@code optionsSpoken}: the mean number of options a caller hears (at most three, those
 *       {@link WorthSaying} judges worth saying), and {@code fillerSpoken}: the share of them that
 *       are filler ({@link #isFiller}); {@code optionsSpokenBefore} and {@code fillerSpokenBefore}
 *       the same for the rule before issue 20 (the first three options that hold a word);
 *   <li>{@code phraseTop}: the share of numbers whose top result is a phrase of two or more common
 *       words that go together ({@link WorthSaying#isPhrase}).
 * </ul>
 */
public record RankingQuality(
    Profile profile,
    int numbers,
    double commonTop,
    double obscureTopThree,
    double ideasTopFive,
    int famousFound,
    int famousTotal,
    int phrasesFound,
    int phrasesTotal,
    int offensiveResults,
    double commonFits,
    double optionsSpoken,
    double fillerSpoken,
    double optionsSpokenBefore,
    double fillerSpokenBefore,
    double phraseTop) {

  public static final int COMMON_TIER = 35;
  public static final int KNOWN_TIER = 50;
  private static final int COMMON_LENGTH = 4;
  private static final int OBSCURE_LENGTH = 3;
  private static final int TOP_THREE = 3;
  private static final int SPOKEN = 3;
  private static final Map<String, Integer> TIERS = shippedTiers();
  private static final Set<String> COMMON_WORD_DIGITS = commonWordDigits();
  private static final OffensiveWords OFFENSIVE = OffensiveWords.load();

  public static RankingQuality measure(VanityEngine engine, List<PhoneNumber> numbers) {
    int common = 0;
    int obscure = 0;
    int ideas = 0;
    int offensive = 0;
    int fits = 0;
    int spoken = 0;
    int filler = 0;
    int spokenBefore = 0;
    int fillerBefore = 0;
    int phrases = 0;
    WorthSaying judge = engine.worthSaying();
    for (PhoneNumber number : numbers) {
      fits += commonWordFits(number.subscriberDigits()) ? 1 : 0;
      List<Vanity> best = engine.best(number);
      common += holdsCommonWord(best.get(0)) ? 1 : 0;
      obscure += best.stream().limit(TOP_THREE).anyMatch(RankingQuality::holdsObscureWord) ? 1 : 0;
      ideas += ideas(best);
      offensive += (int) best.stream().filter(RankingQuality::holdsOffensiveWord).count();
      List<Vanity> heard = judge.of(best).stream().limit(SPOKEN).toList();
      List<Vanity> heardBefore =
          best.stream().filter(v -> !v.words().isEmpty()).limit(SPOKEN).toList();
      spoken += heard.size();
      filler += filler(judge, heard);
      spokenBefore += heardBefore.size();
      fillerBefore += filler(judge, heardBefore);
      phrases += judge.isPhrase(best.get(0)) ? 1 : 0;
    }
    int famous =
        (int)
            FamousNumbers.FAMOUS.stream()
                .filter(word -> FamousNumbers.inTopFive(engine, word))
                .count();
    double count = numbers.size();
    return new RankingQuality(
        engine.profile(),
        numbers.size(),
        common / count,
        obscure / count,
        ideas / count,
        famous,
        FamousNumbers.FAMOUS.size(),
        (int)
            FamousNumbers.PHRASES.stream()
                .filter(phrase -> FamousNumbers.inTopFive(engine, phrase))
                .count(),
        FamousNumbers.PHRASES.size(),
        offensive,
        fits / count,
        spoken / count,
        spoken == 0 ? 0 : (double) filler / spoken,
        spokenBefore / count,
        spokenBefore == 0 ? 0 : (double) fillerBefore / spokenBefore,
        phrases / count);
  }

  private static int filler(WorthSaying judge, List<Vanity> heard) {
    int filler = 0;
    List<String> said = new ArrayList<>();
    for (Vanity option : heard) {
      filler += isFiller(judge, option, heard.get(0), said) ? 1 : 0;
      said.addAll(option.words());
    }
    return filler;
  }

  /**
   * Filler: an option a caller gains nothing from hearing: no common word of four letters or more
   * and no phrase (55501-BE, 445-GUY-9), words side by side that do not go together (BOOT-ACT,
   * BALL-MOW), under half the first option's score (3-LOWERS after FLOWERS), or only words (or
   * forms of words) already said (BUY-CAR-7 after BUY-CARS).
   */
  static boolean isFiller(WorthSaying judge, Vanity option, Vanity first, List<String> said) {
    return !judge.isSayable(option)
        || option.score() * 2 < first.score()
        || !VarietyRule.bringsANewIdea(option.words(), said);
  }

  /** The SCOWL size tier of a shipped word (99: SUBTLEX-US only). */
  public static int tierOf(String word) {
    return TIERS.getOrDefault(word, Integer.MAX_VALUE);
  }

  private static boolean commonWordFits(String digits) {
    for (int from = 0; from < digits.length(); from++) {
      for (int to = from + COMMON_LENGTH; to <= digits.length(); to++) {
        if (COMMON_WORD_DIGITS.contains(digits.substring(from, to))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> commonWordDigits() {
    Set<String> digits = new HashSet<>();
    TIERS.forEach(
        (word, tier) -> {
          if (word.length() >= COMMON_LENGTH && tier <= COMMON_TIER) {
            digits.add(Keypad.digitsOf(word));
          }
        });
    return digits;
  }

  private static boolean holdsCommonWord(Vanity vanity) {
    return vanity.words().stream()
        .anyMatch(word -> word.length() >= COMMON_LENGTH && tierOf(word) <= COMMON_TIER);
  }

  private static boolean holdsObscureWord(Vanity vanity) {
    return vanity.words().stream()
        .anyMatch(word -> word.length() >= OBSCURE_LENGTH && tierOf(word) > KNOWN_TIER);
  }

  private static int ideas(List<Vanity> best) {
    int ideas = 0;
    List<String> offered = new ArrayList<>();
    for (Vanity vanity : best) {
      if (VarietyRule.repeatsNoIdea(vanity.words(), offered)) {
        ideas++;
      }
      offered.addAll(vanity.words());
    }
    return ideas;
  }

  /** Any word or run of adjacent words (BIG-ASS-ET: BIG, ASS, ET, BIGASS, ASSET, BIGASSET). */
  static boolean holdsOffensiveWord(Vanity vanity) {
    for (List<String> run : adjacentWords(vanity)) {
      for (int from = 0; from < run.size(); from++) {
        for (int to = from + 1; to <= run.size(); to++) {
          if (OFFENSIVE.contains(String.join("", run.subList(from, to)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The vanity's words in runs that no digit separates: 3-LOWERS-7 gives [[LOWERS]]. */
  private static List<List<String>> adjacentWords(Vanity vanity) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String letters = vanity.letters();
    int at = 0;
    int next = 0;
    while (at < letters.length()) {
      if (Character.isDigit(letters.charAt(at))) {
        runs.add(run);
        run = new ArrayList<>();
        at++;
      } else {
        String word = vanity.words().get(next++);
        run.add(word);
        at += word.length();
      }
    }
    runs.add(run);
    return runs;
  }

  private static Map<String, Integer> shippedTiers() {
    try (InputStream in = OffensiveWords.class.getResourceAsStream("words.tsv")) {
      Map<String, Integer> tiers = new HashMap<>();
      new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .lines()
          .filter(line -> !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .forEach(f -> tiers.put(f[0].toUpperCase(Locale.ROOT), Integer.parseInt(f[3])));
      return tiers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
