package com.vanitycall.core.call;

import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.vanity.Vanity;
import java.util.List;
import java.util.Objects;

/**
 * What a caller is told: the options to speak, best first, and where they came from.
 *
 * @param caller what was made of the caller's number
 * @param source CACHE or QUICK for a valid number, FALLBACK when there was none to work with
 * @param options at most {@link VanityLookup#OPTIONS} vanities that spell words; empty when none
 *     does (or the number was withheld or invalid)
 */
public record CallAnswer(CallerNumber caller, VanitySource source, List<Vanity> options) {

  public CallAnswer {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(source, "source");
    options = List.copyOf(options);
    if (options.size() > VanityLookup.OPTIONS) {
      throw new IllegalArgumentException(
          "a caller hears " + VanityLookup.OPTIONS + " options at most");
    }
    if ((source == VanitySource.FALLBACK) == caller.number().isPresent()) {
      throw new IllegalArgumentException("FALLBACK is the answer exactly when there is no number");
    }
  }
}
