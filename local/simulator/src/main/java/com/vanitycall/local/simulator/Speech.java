package com.vanitycall.local.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caller hears, as plain text: SSML rendered the way a voice would say it ({@code say-as
 * characters} and {@code digits} spelled one by one, breaks as pauses), or its text content for
 * matching.
 */
public final class Speech {

  private static final Pattern SAY_AS =
      Pattern.compile(
          "<say-as\\s+interpret-as=\"(characters|spell-out|digits|telephone)\"\\s*>(.*?)</say-as>",
          Pattern.DOTALL);
  private static final Pattern BREAK = Pattern.compile("<break[^>]*/>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private Speech() {}

  /**
   * The words a caller hears: {@code FLOWERS} inside {@code say-as characters} is "F L O W E R S".
   */
  public static String heard(String ssmlOrText) {
    Matcher sayAs = SAY_AS.matcher(ssmlOrText);
    StringBuilder spoken = new StringBuilder();
    while (sayAs.find()) {
      sayAs.appendReplacement(spoken, Matcher.quoteReplacement(spelled(sayAs.group(2))));
    }
    sayAs.appendTail(spoken);
    return textOf(BREAK.matcher(spoken).replaceAll(" ... "));
  }

  /** The text content: tags removed, entities decoded, white space collapsed. */
  public static String textOf(String ssmlOrText) {
    String text = TAG.matcher(ssmlOrText).replaceAll(" ");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").replaceAll(" ([,.:;!?])(?!\\.)", "$1").strip();
  }

  private static String spelled(String characters) {
    return String.join(" ", characters.strip().split(""));
  }
}
