package com.vanitycall.local.lake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query shipped in {@code analytics/queries/NAME.sql}, in SQL both engines accept: its first
 * comment line is its description; {@code -- @param NAME TYPE DEFAULT description} lines declare
 * its parameters, which its text names as {@code ${NAME}}. A value is checked against its type (a
 * time zone, a day, a count) before it becomes a literal in the text, so a parameter can never
 * change what the query is.
 */
public record NamedQuery(String name, String description, List<Param> params, String text) {

  private static final Pattern PARAM =
      Pattern.compile("--\\s*@param\\s+([a-z_]+)\\s+(zone|day|count)\\s+(\\S+)\\s+(.+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
  private static final Pattern RELATIVE_DAY = Pattern.compile("today(-(\\d{1,4}))?");

  public NamedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(text, "text");
    params = List.copyOf(params);
    Set<String> declared = new TreeSet<>();
    params.forEach(p -> declared.add(p.name()));
    Set<String> used = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }
    if (!declared.equals(used)) {
      throw new IllegalArgumentException(
          "query " + name + " declares " + declared + " but uses " + used);
    }
  }

  /** A parameter: its name, type, default ({@code today-29} for a day) and what it means. */
  public record Param(String name, String type, String defaultValue, String description) {}

  /** Reads a query file's text. */
  public static NamedQuery parse(String name, String source) {
    List<String> lines = source.lines().toList();
    if (lines.isEmpty() || !lines.get(0).startsWith("--")) {
      throw new IllegalArgumentException("query " + name + " starts without its description");
    }
    String description = lines.get(0).substring(2).strip();
    List<Param> params = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      Matcher param = PARAM.matcher(line.strip());
      if (param.matches()) {
        params.add(new Param(param.group(1), param.group(2), param.group(3), param.group(4)));
      } else if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    String sql = text.toString().strip();
    return new NamedQuery(
        name, description, params, sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
  }

  /**
   * The query's text with every parameter's value: the given one, else its default.
   *
   * @throws IllegalArgumentException naming the parameter that is unknown or whose value is not of
   *     its type
   */
  public String render(Map<String, String> given, LocalDate today) {
    Map<String, Param> byName = new LinkedHashMap<>();
    params.forEach(p -> byName.put(p.name(), p));
    for (String key : given.keySet()) {
      if (!byName.containsKey(key)) {
        throw new IllegalArgumentException(
            "query "
                + name
                + " has no parameter "
                + key
                + (byName.isEmpty() ? "" : "; it takes " + String.join(", ", byName.keySet())));
      }
    }
    Map<String, String> literals = new HashMap<>();
    for (Param param : params) {
      literals.put(
          param.name(),
          literal(param, given.getOrDefault(param.name(), param.defaultValue()), today));
    }
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(literals.get(m.group(1))));
  }

  private String literal(Param param, String value, LocalDate today) {
    switch (param.type()) {
      case "zone":
        if (!value.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(value)) {
          throw new IllegalArgumentException(
              param.name() + " must be a time zone's IANA name such as America/New_York: " + value);
        }
        return "'" + value + "'";
      case "day":
        return "'" + day(param, value, today) + "'";
      default:
        try {
          int count = Integer.parseInt(value);
          if (count >= 1 && count <= 10_000) {
            return Integer.toString(count);
          }
        } catch (NumberFormatException notANumber) {
          // said below
        }
        throw new IllegalArgumentException(
            param.name() + " must be a whole number from 1 to 10000: " + value);
    }
  }

  private static LocalDate day(Param param, String value, LocalDate today) {
    Matcher relative = RELATIVE_DAY.matcher(value);
    if (relative.matches()) {
      return relative.group(2) == null ? today : today.minusDays(Long.parseLong(relative.group(2)));
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          param.name() + " must be a day such as 2026-11-22: " + value);
    }
  }
}
