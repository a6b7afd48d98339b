package com.vanitycall.local.cli;

import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vanitycall demo}: the engine on a few well-chosen numbers, quick profile next to deep. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Show the vanity engine on a few well-chosen numbers: quick profile next to deep.")
public final class DemoCommand implements Callable<Integer> {

  /** Famous vanity numbers, a word followed by a digit, a number abroad, and two bad inputs. */
  static final List<String> NUMBERS =
      List.of(
          "+1 800 356 9377",
          "1 (800) 468-5865",
          "800.738.6337",
          "+1 800 668 3771",
          "+1 888 225 5669",
          "+1 800 201 0101",
          "+44 20 7946 0958",
          "anonymous",
          "+0000000");

  private static final int SHOWN = 3;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VanityEngine quick = timedLoad(Profile.QUICK, out);
    VanityEngine deep = timedLoad(Profile.DEEP, out);
    var parser = new CallerNumberParser();
    for (String input : NUMBERS) {
      CallerNumber caller = parser.parse(input);
      out.printf("%n%s  ->  %s%n", input, describe(caller));
      caller
          .number()
          .ifPresent(
              number -> {
                out.printf("  quick  %s%n", shown(quick.best(number)));
                out.printf("  deep   %s%n", shown(deep.best(number)));
              });
    }
    out.flush();
    return 0;
  }

  private static VanityEngine timedLoad(Profile profile, PrintWriter out) {
    long started = System.nanoTime();
    VanityEngine engine = VanityEngine.load(profile);
    out.printf(
        "%s profile: %,d words, dictionary %s, loaded in %d ms%n",
        profile,
        engine.words(),
        engine.dictionaryVersion(),
        (System.nanoTime() - started) / 1_000_000);
    return engine;
  }

  private static String describe(CallerNumber caller) {
    if (caller instanceof CallerNumber.Invalid invalid) {
      return "INVALID: " + invalid.reason();
    }
    return caller.status() + caller.number().map(number -> " " + number.e164()).orElse("");
  }

  private static String shown(List<Vanity> best) {
    return best.stream()
        .limit(SHOWN)
        .map(vanity -> vanity.display() + " (" + vanity.score() + ")")
        .collect(Collectors.joining("   "));
  }
}
