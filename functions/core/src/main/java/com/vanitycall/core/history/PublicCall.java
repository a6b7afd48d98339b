package com.vanitycall.core.history;

import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call as anyone may see it — the web page's list of recent callers and its live feed: the
 * caller's number reduced to its last four digits, never more.
 *
 * @param number the masked number ({@code ***9377}); null for withheld and invalid callers
 * @param heard what the caller heard, best first
 * @param best the deep best five, best first
 */
public record PublicCall(
    String number,
    Instant receivedAt,
    CallerStatus callerStatus,
    VanitySource source,
    List<Vanity> heard,
    List<Vanity> best) {

  private static final int SHOWN_DIGITS = 4;

  public PublicCall {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(source, "source");
    if (number != null && !number.matches("\\*\\*\\*\\d{4}")) {
      throw new IllegalArgumentException("a public call shows only the last four digits");
    }
    heard = List.copyOf(heard);
    best = List.copyOf(best);
  }

  public static PublicCall of(
      Optional<String> e164,
      Instant receivedAt,
      CallerStatus callerStatus,
      VanitySource source,
      List<Vanity> heard,
      List<Vanity> best) {
    return new PublicCall(
        e164.filter(n -> n.length() > SHOWN_DIGITS)
            .map(n -> "***" + n.substring(n.length() - SHOWN_DIGITS))
            .orElse(null),
        receivedAt,
        callerStatus,
        source,
        heard,
        best);
  }
}
