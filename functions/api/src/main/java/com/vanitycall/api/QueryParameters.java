package com.vanitycall.api;

import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query string, read strictly: an unknown parameter, or a value that is not what the
 * route expects, is a {@link BadRequestException} that says what to send instead.
 */
final class QueryParameters {

  private static final CallerNumberParser NUMBERS = new CallerNumberParser();

  private final Map<String, String> values;

  QueryParameters(Map<String, String> values, Set<String> allowed) {
    this.values = values == null ? Map.of() : Map.copyOf(values);
    Set<String> unknown = new TreeSet<>(this.values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new BadRequestException(
          "unknown parameter "
              + String.join(", ", unknown)
              + (allowed.isEmpty()
                  ? ": this route takes no parameters"
                  : ": this route takes only " + String.join(", ", new TreeSet<>(allowed))));
    }
    this.values.forEach(
        (name, value) -> {
          // API Gateway joins the values of a parameter given more than once with commas
          if (value.contains(",")) {
            throw new BadRequestException(name + " is given more than once: give it once");
          }
        });
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  int number(String name, int min, int max, int absent) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new BadRequestException(
        name + " must be a whole number from " + min + " to " + max + " (default " + absent + ")");
  }

  boolean bool(String name, boolean absent) {
    return text(name)
        .map(
            value ->
                switch (value) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw new BadRequestException(name + " must be true or false");
                })
        .orElse(absent);
  }

  Optional<LocalDate> date(String name) {
    return text(name)
        .map(
            value -> {
              try {
                return LocalDate.parse(value);
              } catch (DateTimeException e) {
                throw new BadRequestException(
                    name + " must be a date such as 2026-11-22 (YYYY-MM-DD, UTC)");
              }
            });
  }

  /**
   * An instant ({@code 2026-11-22T13:45:00Z}) or a whole day ({@code 2026-11-22}: its first
   * millisecond, or its last when {@code endOfDay}).
   */
  Optional<Instant> time(String name, boolean endOfDay) {
    return text(name)
        .map(
            value -> {
              try {
                if (value.length() == 10) {
                  LocalDate day = LocalDate.parse(value);
                  Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                  return endOfDay ? start.plusSeconds(86_400).minusMillis(1) : start;
                }
                return Instant.parse(value);
              } catch (DateTimeException e) {
                throw new BadRequestException(
                    name
                        + " must be a time such as 2026-11-22T13:45:00Z (ISO-8601, UTC) or a day"
                        + " such as 2026-11-22");
              }
            });
  }

  /** A time zone's IANA name ({@code America/New_York}) or {@code UTC}. */
  Optional<ZoneId> zone(String name, String otherwise) {
    return text(name)
        .map(
            value -> {
              if (value.equals("UTC") || ZoneId.getAvailableZoneIds().contains(value)) {
                return ZoneId.of(value);
              }
              throw new BadRequestException(
                  name
                      + " must be a time zone's IANA name such as America/New_York, not '"
                      + value
                      + "'; "
                      + otherwise);
            });
  }

  Optional<String> e164(String name) {
    return text(name)
        .map(
            value -> {
              if (NUMBERS.parse(value) instanceof CallerNumber.Valid valid) {
                return valid.phoneNumber().e164();
              }
              throw new BadRequestException(
                  name + " must be a phone number in E.164 form, such as +18003569377");
            });
  }

  Format format() {
    return text("format")
        .map(
            value ->
                switch (value) {
                  case "json" -> Format.JSON;
                  case "csv" -> Format.CSV;
                  default -> throw new BadRequestException("format must be json or csv");
                })
        .orElse(Format.JSON);
  }

  enum Format {
    JSON,
    CSV
  }
}
