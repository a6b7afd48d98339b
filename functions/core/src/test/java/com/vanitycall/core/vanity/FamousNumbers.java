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

  /**
   * Phrase vanities (issue 20): the three the issue names, then phrases from real advertising (GOT
   * MILK, BEST BUY, PAY LESS) and the trades' usual ones (CAR WASH, NEW ROOF, TAX PROS). Tried and
   * not found: BUY-GOLD (28-WHOLE, BUY-HOLE win), NEW-CARS (NEW-BARS), HOME-PRO, PEST-PRO,
   * FOR-RENT, GO-GREEN (docs/engine.md).
   */
  public static final List<String> PHRASES =
      List.of(
          "NEW-HOME",
          "BUY-CARS",
          "MY-APPLE",
          "GET-HELP",
          "CAR-WASH",
          "HOT-TUBS",
          "CAR-LOAN",
          "NEW-ROOF",
          "GET-CASH",
          "CASH-NOW",
          "HELP-NOW",
          "BEST-BUY",
          "GOT-MILK",
          "SAVE-NOW",
          "HOT-DOGS",
          "TAX-PROS",
          "CALL-MOM",
          "FIX-AUTO",
          "MY-TAXES",
          "BAIL-NOW",
          "NEW-BABY",
          "BIG-DEAL",
          "PAY-LESS");

  private FamousNumbers() {}

  /** Found when the best vanity spells the famous letters. */
  public static boolean first(VanityEngine engine, String famous) {
    String letters = famous.replace("-", "");
    return topFive(engine, famous).get(0).replace("-", "").contains(letters);
  }

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
