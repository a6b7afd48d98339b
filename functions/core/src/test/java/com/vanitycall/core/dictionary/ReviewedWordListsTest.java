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
 * has a reason and is shipped clean; every blocked word has a reason and is offensive.
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
