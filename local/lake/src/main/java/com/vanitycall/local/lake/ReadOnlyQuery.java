package com.vanitycall.local.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check a query passes before the local session runs it, on DuckDB's own parse of it ({@code
 * json_serialize_sql}, which serializes SELECT statements only): exactly one statement, a SELECT,
 * whose table functions are only those that read no file ({@code unnest}, {@code range}, {@code
 * generate_series}) and whose tables are not file paths. COPY, ATTACH, INSTALL, LOAD, SET, PRAGMA,
 * CREATE, INSERT, UPDATE, DELETE, EXPORT and the like are refused unrun; the session's sandbox
 * (allowed directories, no external access, locked configuration) is the second wall.
 */
final class ReadOnlyQuery {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> TABLE_FUNCTIONS = Set.of("unnest", "range", "generate_series");

  private ReadOnlyQuery() {}

  /**
   * @throws RefusedQueryException when the query is not one read-only SELECT over the lake
   * @throws QueryFailedException when DuckDB cannot parse it
   */
  static void check(Connection duckDb, String sql) {
    JsonNode parsed = parse(duckDb, sql);
    if (parsed.path("error").asBoolean()) {
      String message = parsed.path("error_message").asText();
      if (message.startsWith("Only SELECT")) {
        throw new RefusedQueryException(
            "only a read-only SELECT runs on the lake: " + firstWord(sql) + " is refused");
      }
      throw new QueryFailedException(firstLine(message), null);
    }
    JsonNode statements = parsed.path("statements");
    if (statements.size() != 1) {
      throw new RefusedQueryException(
          "one statement at a time: this text holds " + statements.size());
    }
    List<String> problems = new ArrayList<>();
    walk(statements.get(0), problems);
    if (!problems.isEmpty()) {
      throw new RefusedQueryException(
          "the query may read only the lake's views: " + String.join("; ", problems));
    }
  }

  private static JsonNode parse(Connection duckDb, String sql) {
    try (PreparedStatement serialize = duckDb.prepareStatement("SELECT json_serialize_sql(?)")) {
      serialize.setString(1, sql);
      try (ResultSet result = serialize.executeQuery()) {
        result.next();
        return JSON.readTree(result.getString(1));
      }
    } catch (SQLException | IOException e) {
      throw new QueryFailedException("the query could not be parsed: " + e.getMessage(), e);
    }
  }

  private static void walk(JsonNode node, List<String> problems) {
    if (node.isObject()) {
      String type = node.path("type").asText();
      if (type.equals("TABLE_FUNCTION")) {
        String function = node.path("function").path("function_name").asText();
        if (!TABLE_FUNCTIONS.contains(function.toLowerCase(Locale.ROOT))) {
          problems.add("the table function " + function + " is refused");
        }
      } else if (type.equals("BASE_TABLE")) {
        String table = node.path("table_name").asText();
        if (table.contains("/") || table.contains(".") || table.contains("\\")) {
          problems.add("'" + table + "' is a file, not a view");
        }
      }
    }
    node.forEach(child -> walk(child, problems));
  }

  private static String firstWord(String sql) {
    String stripped = sql.strip();
    int end = 0;
    while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
      end++;
    }
    return end == 0 ? "this statement" : stripped.substring(0, end).toUpperCase(Locale.ROOT);
  }

  static String firstLine(String message) {
    String line = message.lines().findFirst().orElse(message).strip();
    return line.isEmpty() ? "the query failed" : line;
  }
}
