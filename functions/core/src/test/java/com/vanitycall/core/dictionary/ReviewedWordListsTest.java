package com.vanitycall.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reviewed lists the dictionary build applies (functions/core/dictionary): every allowed word
 * has a reason and is shipped clean; every blocked word has a reason and is offensive; every
 * marketing head or tail has known roles, a reason, and carries its roles in the shipped index.
 */
class ReviewedWordListsTest {

  private static final Path BUILD = Path.of("dictionary");
  private final OffensiveWords offensive = OffensiveWords.load();

  @Test
  void allowedWords_haveAReasonAndAreNotOffensive() throws IOException {
    List<String[]> allowed = entries("allowed-words.tsv");

    assertThat(allowed).hasSizeGreaterThan(10).allSatisfy(this::hasAReason);
    assertThat(allowed).noneMatch(entry -> offensive.contains(entry[0]));
  }

  @Test
  void blockedWords_haveAReasonAndAreOffensive() throws IOException {
    List<String[]> blocked = entries("blocked-words.tsv");

    assertThat(blocked).isNotEmpty().allSatisfy(this::hasAReason);
    assertThat(blocked).allMatch(entry -> offensive.contains(entry[0]));
  }

  @Test
  void marketingHeadsAndTails_haveRolesAndAReason_andTheIndexCarriesTheirRoles()
      throws IOException {
    List<String[]> phraseWords = entries("phrase-words.tsv");
    KeypadIndex index = KeypadIndex.load(WordSet.COMMON);

    assertThat(phraseWords).hasSizeGreaterThan(10);
    for (String[] entry : phraseWords) {
      assertThat(entry).as(String.join(" ", entry)).hasSize(3);
      assertThat(entry[2].strip()).hasSizeGreaterThan(10);
      int word = index.find(entry[0]);
      assertThat(word).as(entry[0]).isNotNegative();
      for (String role : entry[1].split(",")) {
        PhraseTag tag =
            switch (role) {
              case "before-noun" -> PhraseTag.HEAD;
              case "after-verb" -> PhraseTag.AFTER_VERB;
              case "after-noun" -> PhraseTag.AFTER_NOUN;
              default -> throw new AssertionError("unknown role " + role);
            };
        assertThat(tag.in(index.tags(word))).as(entry[0] + " " + role).isTrue();
      }
    }
  }

  private void hasAReason(String[] entry) {
    assertThat(entry).as(String.join(" ", entry)).hasSize(2);
    assertThat(entry[0]).matches("[a-z]+");
    assertThat(entry[1].strip()).hasSizeGreaterThan(5);
  }

  private static List<String[]> entries(String file) throws IOException {
    return Files.readAllLines(BUILD.resolve(file)).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.toLowerCase(Locale.ROOT).split("\t"))
        .toList();
  }
}
