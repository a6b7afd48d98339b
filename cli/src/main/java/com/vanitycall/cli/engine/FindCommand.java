package com.vanitycall.cli.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.core.dictionary.OffensiveWords;
import com.vanitycall.core.vanity.SpelledNumbers;
import com.vanitycall.core.vanity.SpelledNumbers.Spelled;
import com.vanitycall.core.vanity.UnspellablePhraseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanitycall find WORD}: dialable numbers that spell a word or a phrase, for marketers. */
@Command(
    name = "find",
    mixinStandardHelpOptions = true,
    description = {
      "Dialable North American numbers (libphonenumber-valid, real exchanges) that spell a word or"
          + " a phrase at their end: find FLOWERS, find \"call now\" --area 212."
    })
public final class FindCommand implements Callable<Integer> {

  @Parameters(paramLabel = "WORD", description = "A word or phrase of up to 7 letters.")
  private String phrase;

  @Option(names = "--area", paramLabel = "CODE", description = "Only this area code (212).")
  private String area;

  @Option(
      names = "--country",
      paramLabel = "REGION",
      defaultValue = "US",
      description = "A country of code 1 (US, CA, ...); default ${DEFAULT-VALUE}.")
  private String country;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N numbers; default ${DEFAULT-VALUE}.")
  private int limit;

  @Option(
      names = "--json",
      description =
          "One JSON object: {\"phrase\", \"numbers\": [{\"e164\", \"display\"}], \"error\"}.")
  private boolean json;

  @Spec private CommandSpec spec;

  /** The answer as JSON shows it. */
  @JsonPropertyOrder({"phrase", "numbers", "error"})
  record Found(String phrase, List<Spelled> numbers, String error) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Found found;
    try {
      if (limit < 1) {
        throw new UnspellablePhraseException("--limit must be at least 1");
      }
      var numbers =
          new SpelledNumbers(OffensiveWords.load())
              .find(phrase, country, Optional.ofNullable(area), limit);
      found = new Found(phrase, numbers, numbers.isEmpty() ? "no valid number spells it" : null);
    } catch (UnspellablePhraseException e) {
      found = new Found(phrase, List.of(), e.getMessage());
    }
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(found));
    } else if (found.error() != null) {
      spec.commandLine().getErr().println("find: " + found.error());
    } else {
      found.numbers().forEach(number -> out.println(number.display() + "  " + number.e164()));
    }
    out.flush();
    return found.error() == null ? 0 : 1;
  }
}
