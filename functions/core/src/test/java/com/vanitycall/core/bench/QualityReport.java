package com.vanitycall.core.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.phone.RandomNanpNumbers;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.RankingQuality;
import com.vanitycall.core.vanity.VanityEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./vanitycall bench quality [--seed S] [--numbers N] [--json]}: how good each profile's
 * answers are on N (1,000) seeded random valid North American numbers, by the figures of {@link
 * RankingQuality}, so a change to the ranking is judged by figures, not by eye.
 */
public final class QualityReport {

  private static final int DEFAULT_NUMBERS = 1_000;
  private static final int MOST_NUMBERS = 1_000_000;

  private QualityReport() {}

  public static void main(String[] args) throws JsonProcessingException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench quality: " + e.getMessage());
      System.exit(2);
      return;
    }
    List<PhoneNumber> numbers = RandomNanpNumbers.generate(options.count(), options.seed());
    List<RankingQuality> figures = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      figures.add(RankingQuality.measure(VanityEngine.load(profile), numbers));
    }
    String version = VanityEngine.load(Profile.QUICK).dictionaryVersion();
    long seed = options.seed();
    int count = options.count();
    System.out.println(
        options.json() ? json(seed, count, version, figures) : text(seed, count, version, figures));
  }

  /** The command line: {@code [--seed S] [--numbers N] [--json]}. */
  private record Options(long seed, int count, boolean json) {

    static Options parse(String[] args) {
      long seed = RandomNanpNumbers.SEED;
      int count = DEFAULT_NUMBERS;
      boolean json = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--seed" -> seed = number(args, i++, "--seed");
          case "--numbers" -> count = (int) number(args, i++, "--numbers");
          case "--json" -> json = true;
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
                      + "; usage: bench quality [--seed S] [--numbers N] [--json]");
        }
      }
      if (count < 1 || count > MOST_NUMBERS) {
        throw new IllegalArgumentException("--numbers must be 1 to " + MOST_NUMBERS);
      }
      return new Options(seed, count, json);
    }

    private static long number(String[] args, int option, String name) {
      try {
        return Long.parseLong(valueAfter(args, option));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, not " + args[option + 1]);
      }
    }
  }

  private static String valueAfter(String[] args, int option) {
    if (option + 1 >= args.length) {
      throw new IllegalArgumentException(args[option] + " needs a value");
    }
    return args[option + 1];
  }

  private static String text(long seed, int count, String version, List<RankingQuality> figures) {
    var out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Ranking quality on %,d seeded random valid NANP numbers (seed %d, dictionary %s);%n",
            count,
            seed,
            version));
    out.append(
        String.format(
            Locale.ROOT,
            "a common word of 4+ letters fits at all in %.1f%% of them (the ceiling of common top)%n%n",
            100 * figures.get(0).commonFits()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-8s %12s %14s %12s %10s %10s %10s %13s %10s%n",
            "profile",
            "common top",
            "obscure top3",
            "ideas top5",
            "famous",
            "phrases",
            "offensive",
            "spoken/call",
            "filler"));
    for (RankingQuality q : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-8s %11.1f%% %13.1f%% %12.2f %6d/%-3d %6d/%-3d %10d %6.2f (%.2f) %4.1f%% (%.1f%%)%n",
              q.profile(),
              100 * q.commonTop(),
              100 * q.obscureTopThree(),
              q.ideasTopFive(),
              q.famousFound(),
              q.famousTotal(),
              q.phrasesFound(),
              q.phrasesTotal(),
              q.offensiveResults(),
              q.optionsSpoken(),
              q.optionsSpokenBefore(),
              100 * q.fillerSpoken(),
              100 * q.fillerSpokenBefore()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%n"
                + "common top:   top result holds a word of 4+ letters of SCOWL size <= %d"
                + " (targets: deep >= 36%%, quick >= 33%%, where the ceiling allows)%n"
                + "obscure top3: a top-3 option holds a word of 3+ letters outside SCOWL size <= %d"
                + " (targets: deep <= 2%%, quick <= 1%%)%n"
                + "ideas top5:   distinct ideas among the top five, on average (target: deep >= 2.8)%n"
                + "famous:       well-known vanity numbers found in the top five; offensive: results"
                + " holding an offensive word (target 0)%n"
                + "phrases:      phrase vanities from advertising found in the top five (NEW-HOME,"
                + " BUY-CARS, MY-APPLE ...); phrase top: %.1f%% (quick) / %.1f%% (deep) of top"
                + " results are phrases of common words that go together%n"
                + "spoken/call:  options a caller hears, on average (in brackets: the rule before"
                + " issue 20, the first three holding a word); filler: the share of them that is"
                + " filler (no common 4+ letter word nor phrase, words that do not go together,"
                + " under half the first, or a repeat)",
            RankingQuality.COMMON_TIER,
            RankingQuality.KNOWN_TIER,
            100 * figures.get(0).phraseTop(),
            100 * figures.get(1).phraseTop()));
    return out.toString();
  }

  private static String json(long seed, int count, String version, List<RankingQuality> figures)
      throws JsonProcessingException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("seed", seed);
    report.put("numbers", count);
    report.put("dictionaryVersion", version);
    report.put("profiles", figures);
    return new ObjectMapper().writeValueAsString(report);
  }
}
