package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.KeypadIndex;
import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.dictionary.WordPairs;
import com.vanitycall.core.phone.PhoneNumber;
import java.util.List;
import java.util.Objects;

/**
 * Turns a phone number into the vanity numbers a marketer would pick. Letters replace only the
 * subscriber digits; the ranking rules are in {@link VanityScore}. Load once per process (the
 * dictionary is indexed at load), then call {@link #best} from any thread.
 */
public final class VanityEngine {

  /** How many vanities {@link #best} returns at most. */
  public static final int RESULTS = 5;

  private final Profile profile;
  private final KeypadIndex index;
  private final WordsTogether together;
  private final OffensiveWords offensive;
  private final WorthSaying worthSaying;

  private VanityEngine(Profile profile, KeypadIndex index, OffensiveWords offensive) {
    this.profile = profile;
    this.index = index;
    this.together = new WordsTogether(index, WordPairs.load());
    this.offensive = offensive;
    this.worthSaying = new WorthSaying(index, together);
  }

  /** Loads the shipped dictionary (its words, word pairs and offensive words) for a profile. */
  public static VanityEngine load(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return new VanityEngine(profile, KeypadIndex.load(profile.wordSet()), OffensiveWords.load());
  }

  /**
   * The best five vanities, best first: distinct, each a different idea, the same for the same
   * number every time. A number no word fits gets one digits-only result.
   */
  public List<Vanity> best(PhoneNumber number) {
    Objects.requireNonNull(number, "number");
    return new VanitySearch(
            index,
            together,
            offensive,
            DisplayPrefix.of(number),
            number.subscriberDigits(),
            profile.candidates(),
            RESULTS)
        .run();
  }

  /**
   * Which options are worth saying to a caller (how many the flow speaks, what the page and the
   * counters show), judged by this engine's model; it knows every shipped word, so it judges a deep
   * result as well as a quick one.
   */
  public WorthSaying worthSaying() {
    return worthSaying;
  }

  /**
   * The shipped word data's version and the ranking model's, e.g. {@code 2eb1443a5645-m3}, stored
   * with cached results: new word data or a new model gives a new version.
   */
  public String dictionaryVersion() {
    return index.version() + "-" + VanityScore.MODEL;
  }

  public Profile profile() {
    return profile;
  }

  /** How many words this profile searches. */
  public int words() {
    return index.size();
  }
}
