package com.vanitycall.cli.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one input line of {@code vanitycall vanity}: in JSON {@code {"input", "status",
 * "e164", "vanities": [{"display", "words", "score"}], "error"}}, every key always present.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"input", "status", "e164", "vanities", "error"})
record VanityLine(
    String input, CallerStatus status, String e164, List<Found> vanities, String error) {

  VanityLine {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    vanities = List.copyOf(vanities);
  }

  /** One vanity as the JSON line shows it. */
  @JsonPropertyOrder({"display", "words", "score"})
  record Found(String display, List<String> words, int score) {}

  static VanityLine answer(String input, CallerNumber caller, VanityEngine engine) {
    if (caller instanceof CallerNumber.Valid valid) {
      List<Found> found = engine.best(valid.phoneNumber()).stream().map(VanityLine::found).toList();
      return new VanityLine(input, caller.status(), valid.phoneNumber().e164(), found, null);
    }
    String error =
        caller instanceof CallerNumber.Invalid invalid
            ? invalid.reason()
            : "the caller's number is withheld";
    return new VanityLine(input, caller.status(), null, List.of(), error);
  }

  /** For people: the input, its status, then the vanities best first, or what went wrong. */
  String text() {
    var line = new StringBuilder(input).append("  ").append(status);
    if (error != null) {
      return line.append("  ").append(error).toString();
    }
    line.append("  ").append(e164);
    vanities.forEach(found -> line.append("  ").append(found.display()));
    return line.toString();
  }

  private static Found found(Vanity vanity) {
    return new Found(vanity.display(), vanity.words(), vanity.score());
  }
}
