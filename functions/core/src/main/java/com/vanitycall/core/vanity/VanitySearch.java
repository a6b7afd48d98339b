package com.vanitycall.core.vanity;

import com.vanitycall.core.dictionary.KeypadIndex;
import com.vanitycall.core.dictionary.OffensiveWords;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * One number's search: every way to cover the subscriber digits with words and leftover digits,
 * depth first, pruned when even the best possible rest cannot beat the last of the candidates kept
 * (the profile says how many) (branch and bound; the bound is the best score each suffix could
 * still earn). The search is exact for the candidates it keeps, so a larger word list (the deep
 * profile) can only find a better best. The variety rule then picks the results from those
 * candidates.
 */
final class VanitySearch {

  private static final int DIGIT = Candidates.DIGIT;
  private static final int SHORTEST_WORD = 2;

  private final KeypadIndex index;
  private final WordsTogether together;
  private final OffensiveWords offensive;
  private final String prefix;
  private final String digits;
  private final int length;
  private final int[][] slotAt;
  private final int[] bound;
  private final int[] segmentWord;
  private final int[] segmentPoints;
  private final Candidates candidates;
  private final int results;

  VanitySearch(
      KeypadIndex index,
      WordsTogether together,
      OffensiveWords offensive,
      String prefix,
      String digits,
      int candidates,
      int results) {
    this.index = index;
    this.together = together;
    this.offensive = offensive;
    this.prefix = prefix;
    this.digits = digits;
    this.length = digits.length();
    this.slotAt = new int[length][];
    this.bound = new int[length + 1];
    this.segmentWord = new int[length];
    this.segmentPoints = new int[length];
    this.candidates = new Candidates(candidates);
    this.results = results;
  }

  List<Vanity> run() {
    findWords();
    extend(0, 0, 0, true, false);
    if (candidates.size() == 0) {
      return List.of(digitsOnly());
    }
    List<List<String>> wordsByRank = new CandidateWords();
    return VarietyRule.pick(wordsByRank, candidates::score, this::isRareTwin, results).stream()
        .map(rank -> render(candidates.path(rank), wordsByRank.get(rank), candidates.score(rank)))
        .toList();
  }

  /**
   * Looks up every stretch of digits once, and the best score each suffix could earn (a word's
   * points with the most its phrases could add).
   */
  private void findWords() {
    for (int start = length - 1; start >= 0; start--) {
      int longest = Math.min(KeypadIndex.MAX_WORD_LENGTH, length - start);
      slotAt[start] = new int[longest + 1];
      int best = bound[start + 1];
      for (int wordLength = SHORTEST_WORD; wordLength <= longest; wordLength++) {
        int slot = index.slotOf(KeypadIndex.keyOf(digits, start, start + wordLength));
        slotAt[start][wordLength] = slot;
        if (slot < 0) {
          continue;
        }
        for (int word = index.firstWord(slot); word < index.endWord(slot); word++) {
          int most = VanityScore.mostWithPhrases(pointsOf(word, start, wordLength));
          best = Math.max(best, most + bound[start + wordLength]);
        }
      }
      bound[start] = best;
    }
  }

  /**
   * Extends the path of {@code depth} segments that covers the digits before {@code position} and
   * earns {@code points}.
   */
  private void extend(int position, int depth, int points, boolean allRecognised, boolean hasWord) {
    if (position == length) {
      offer(depth, VanityScore.ofVanity(points, allRecognised));
      return;
    }
    int wordCost = hasWord ? VanityScore.EXTRA_WORD : 0;
    if (cannotEnter(points + bound[position])) {
      return;
    }
    for (int wordLength = slotAt[position].length - 1; wordLength >= SHORTEST_WORD; wordLength--) {
      int slot = slotAt[position][wordLength];
      if (slot < 0) {
        continue;
      }
      for (int word = index.firstWord(slot); word < index.endWord(slot); word++) {
        int wordPoints = pointsOf(word, position, wordLength);
        int withWord = points + wordPoints - wordCost + phraseBonus(depth, word, wordPoints);
        if (cannotEnter(withWord + bound[position + wordLength])) {
          continue;
        }
        segmentWord[depth] = word;
        segmentPoints[depth] = wordPoints;
        boolean recognised = VanityScore.isRecognised(wordLength, index.tier(word));
        extend(position + wordLength, depth + 1, withWord, allRecognised && recognised, true);
      }
    }
    segmentWord[depth] = DIGIT;
    extend(position + 1, depth + 1, points, allRecognised, hasWord);
  }

  /** What the word earns with the word before it, when there is one and the two go together. */
  private int phraseBonus(int depth, int word, int wordPoints) {
    if (depth == 0 || segmentWord[depth - 1] == DIGIT) {
      return 0;
    }
    int previous = segmentWord[depth - 1];
    return VanityScore.ofPhrase(
        together.percent(previous, word),
        segmentPoints[depth - 1],
        wordPoints,
        Math.max(index.length(previous), index.length(word)));
  }

  /**
   * True when candidate {@code rank} is {@code otherRank} with rarer words: the same digits and at
   * least one word the same in the same places, the other words ones that {@code otherRank} has
   * much more common twins of on the same keys (MEW-HOME of NEW-HOME). Two options that share no
   * word are two ideas.
   */
  private boolean isRareTwin(int rank, int otherRank) {
    int[] path = candidates.path(rank);
    int[] other = candidates.path(otherRank);
    if (path.length != other.length) {
      return false;
    }
    boolean rarer = false;
    boolean sharesAWord = false;
    for (int i = 0; i < path.length; i++) {
      if (path[i] == other[i]) {
        sharesAWord |= path[i] != DIGIT;
        continue;
      }
      if (path[i] == DIGIT
          || other[i] == DIGIT
          || index.length(path[i]) != index.length(other[i])
          || !VanityScore.isMuchMoreCommon(index, other[i], path[i])) {
        return false;
      }
      rarer = true;
    }
    return rarer && sharesAWord;
  }

  /** True when even the best score these points could make cannot enter the candidates. */
  private boolean cannotEnter(int mostPoints) {
    return mostPoints < candidates.threshold();
  }

  private int pointsOf(int word, int start, int wordLength) {
    return VanityScore.ofWord(
        wordLength, index.tier(word), index.frequencyClass(word), start + wordLength == length);
  }

  private void offer(int depth, int score) {
    if (score < candidates.threshold() || !hasWord(depth) || spellsOffensiveWord(depth)) {
      return;
    }
    candidates.offer(score, segmentWord, depth);
  }

  private boolean hasWord(int depth) {
    for (int i = 0; i < depth; i++) {
      if (segmentWord[i] != DIGIT) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when two or more adjacent words read together make an offensive word (each alone is
   * clean): every run of adjacent words is checked, BIG-ASS-ET as BIGASS, ASSET and BIGASSET.
   */
  private boolean spellsOffensiveWord(int depth) {
    for (int from = 0; from < depth; from++) {
      if (segmentWord[from] == DIGIT) {
        continue;
      }
      for (int to = from + 1; to < depth && segmentWord[to] != DIGIT; to++) {
        if (offensive.contains(joined(from, to + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private String joined(int fromSegment, int toSegment) {
    var letters = new StringBuilder();
    for (int i = fromSegment; i < toSegment; i++) {
      letters.append(index.word(segmentWord[i]));
    }
    return letters.toString();
  }

  /**
   * The words of each candidate, made only when the variety rule looks at it (usually the first few
   * of the 40).
   */
  private final class CandidateWords extends AbstractList<List<String>> {

    private final List<String>[] made = newArray(candidates.size());

    @Override
    public List<String> get(int rank) {
      if (made[rank] == null) {
        made[rank] = wordsOf(candidates.path(rank));
      }
      return made[rank];
    }

    @Override
    public int size() {
      return made.length;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newArray(int size) {
      return (List<String>[]) new List<?>[size];
    }
  }

  private List<String> wordsOf(int[] path) {
    List<String> words = new ArrayList<>(path.length);
    for (int word : path) {
      if (word != DIGIT) {
        words.add(index.word(word));
      }
    }
    return words;
  }

  private Vanity render(int[] path, List<String> words, int score) {
    var display = new StringBuilder(prefix);
    var letters = new StringBuilder(length);
    int nextWord = 0;
    boolean afterDigit = false;
    for (int segment : path) {
      if (segment == DIGIT) {
        char digit = digits.charAt(letters.length());
        display.append(afterDigit ? "" : "-").append(digit);
        letters.append(digit);
        afterDigit = true;
      } else {
        String word = words.get(nextWord++);
        display.append('-').append(word);
        letters.append(word);
        afterDigit = false;
      }
    }
    return new Vanity(display.toString(), words, score, letters.toString());
  }

  /** The number as people write it: 1-800-356-9377, or the subscriber digits in one group. */
  private Vanity digitsOnly() {
    String grouped =
        length == 7 && prefix.startsWith("1-")
            ? digits.substring(0, 3) + "-" + digits.substring(3)
            : digits;
    return new Vanity(prefix + "-" + grouped, List.of(), 0, digits);
  }
}
