package com.vanitycall.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people type them: {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO-8601.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Matcher matcher = SHORT.matcher(value.trim().toLowerCase());
    if (matcher.matches()) {
      double amount = Double.parseDouble(matcher.group(1));
      double millis =
          switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
          };
      return Duration.ofMillis((long) millis);
    }
    try {
      return Duration.parse(value.trim().toUpperCase());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: write 60s, 500ms, 2m, 1h or PT30S");
    }
  }
}
