package com.vanitycall.aws.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views over the lake ({@code analytics/views.sql}), one {@code CREATE OR REPLACE VIEW} each:
 * run by the local DuckDB session and saved in the Athena workgroup by the CDK app, the same text
 * on both engines.
 */
public final class LakeViews {

  /** The file, relative to the checkout. */
  public static final String FILE = "analytics/views.sql";

  private static final Pattern CREATE_VIEW =
      Pattern.compile("(?is)\\s*CREATE\\s+OR\\s+REPLACE\\s+VIEW\\s+([a-z_][a-z0-9_]*)\\s+AS\\s.*");

  private LakeViews() {}

  /** A view's name and the statement that creates it. */
  public record View(String name, String statement) {}

  /**
   * The views of the file's text, in order: its statements, each ended by a semicolon at the end of
   * a line, without comment lines.
   *
   * @throws IllegalArgumentException for a statement that creates no view
   */
  public static List<View> of(String text) {
    List<View> views = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      statement.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        views.add(view(statement.toString().strip()));
        statement.setLength(0);
      }
    }
    if (!statement.toString().isBlank()) {
      throw new IllegalArgumentException("the last statement of the views has no semicolon");
    }
    return views;
  }

  private static View view(String statement) {
    String withoutSemicolon = statement.substring(0, statement.length() - 1).strip();
    Matcher matcher = CREATE_VIEW.matcher(withoutSemicolon);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a CREATE OR REPLACE VIEW: " + statement.lines().findFirst().orElse(""));
    }
    return new View(matcher.group(1), withoutSemicolon);
  }
}
