package com.vanitycall.cli.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanitycall dial 1-800-FLOWERS}: a vanity number back to the E.164 digits to dial. */
@Command(
    name = "dial",
    mixinStandardHelpOptions = true,
    description = {
      "The E.164 digits a vanity number dials: dial 1-800-FLOWERS gives +18003569377. Letters are"
          + " read on the keypad; letters past a North American number's ten digits are not dialled"
          + " (1-800-MATTRESS)."
    })
public final class DialCommand implements Callable<Integer> {

  /** A North American number: 1, then ten digits. */
  private static final int NANP_DIGITS = 11;

  @Parameters(paramLabel = "VANITY", arity = "1..*", description = "Vanity numbers, any format.")
  private List<String> vanities;

  @Option(
      names = "--json",
      description =
          "One JSON object per vanity: {\"input\", \"status\", \"e164\", \"ignored\", \"error\"}.")
  private boolean json;

  @Spec private CommandSpec spec;

  private final CallerNumberParser parser = new CallerNumberParser();

  /**
   * One vanity dialled.
   *
   * @param ignored the letters past the number's digits that a phone does not dial, or null
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"input", "status", "e164", "ignored", "error"})
  record Dialled(String input, CallerStatus status, String e164, String ignored, String error) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    var mapper = new ObjectMapper();
    boolean allValid = true;
    for (String vanity : vanities) {
      Dialled dialled = dial(vanity);
      allValid &= dialled.error() == null;
      out.println(json ? mapper.writeValueAsString(dialled) : text(dialled));
    }
    out.flush();
    return allValid ? 0 : 1;
  }

  private Dialled dial(String vanity) {
    CallerNumber parsed = parser.parse(vanity);
    String ignored = null;
    String symbols = vanity.replaceAll("[^0-9A-Za-z]", "");
    if (!(parsed instanceof CallerNumber.Valid) && isLongNanpVanity(symbols)) {
      ignored = symbols.substring(NANP_DIGITS);
      parsed = parser.parse(symbols.substring(0, NANP_DIGITS));
    }
    if (parsed instanceof CallerNumber.Valid valid) {
      return new Dialled(vanity, parsed.status(), valid.phoneNumber().e164(), ignored, null);
    }
    String error =
        parsed instanceof CallerNumber.Invalid invalid ? invalid.reason() : "no number given";
    return new Dialled(vanity, parsed.status(), null, null, error);
  }

  /** 1-800-MATTRESS: starts 1, has letters, and spells more than the eleven digits. */
  private static boolean isLongNanpVanity(String symbols) {
    return symbols.startsWith("1")
        && symbols.chars().anyMatch(Character::isLetter)
        && symbols.length() > NANP_DIGITS;
  }

  private static String text(Dialled dialled) {
    if (dialled.error() != null) {
      return dialled.input() + "  " + dialled.status() + "  " + dialled.error();
    }
    String note = dialled.ignored() == null ? "" : "  (" + dialled.ignored() + " is not dialled)";
    return dialled.input() + "  " + dialled.e164() + note;
  }
}
