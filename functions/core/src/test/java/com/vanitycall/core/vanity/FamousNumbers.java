package com.vanitycall.core.vanity;

import com.vanitycall.core.keypad.Keypad;
import java.util.List;

/** Vanity numbers companies really use, as the words the engine should find (dashes between). */
public final class FamousNumbers {

  public static final List<String> FAMOUS =
      List.of(
          "FLOWERS",
          "GOT-JUNK",
          "PET-MEDS",
          "DENTIST",
          "CONTACT",
          "CALL-NOW",
          "MOVERS",
          "HOLIDAY",
          "COLLECT",
          "LAWYERS",
          "PICK-UPS",
          "JEWELRY",
          "PAINTER",
          "BATTERY",
          "SUCCESS",
          "TAX-HELP");

  private FamousNumbers() {}

  /** Found when a top-five vanity spells the famous letters, however it splits them into words. */
  public static boolean inTopFive(VanityEngine engine, String famous) {
    String letters = famous.replace("-", "");
    return topFive(engine, famous).stream()
        .anyMatch(display -> display.replace("-", "").contains(letters));
  }

  /** The displays of the top five for the toll-free number the famous vanity spells. */
  public static List<String> topFive(VanityEngine engine, String famous) {
    String letters = famous.replace("-", "");
    String digits = Keypad.digitsOf(letters).substring(0, Math.min(7, letters.length()));
    String padded = (digits + "0000000").substring(0, 7);
    return engine.best(Engines.tollFree(padded)).stream().map(Vanity::display).toList();
  }
}
