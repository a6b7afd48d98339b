package com.vanitycall.local.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a query answered, the same from either engine: its columns, and its rows as text (null for
 * SQL NULL), as Athena hands every value.
 */
public record QueryResult(List<Column> columns, List<List<String>> rows) {

  public QueryResult {
    columns = List.copyOf(columns);
    List<List<String>> copied = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " values, not " + columns);
      }
      copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copied);
  }

  /** A column: its name and the engine's name of its type ({@code BIGINT}, {@code varchar}). */
  public record Column(String name, String type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }

    /** A whole or decimal number, which JSON writes without quotes. */
    public boolean numeric() {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      return t.matches(
          "(tinyint|smallint|integer|int|bigint|hugeint|double|float|real|decimal.*|ubigint|uinteger)");
    }

    public boolean bool() {
      return type.equalsIgnoreCase("boolean");
    }
  }

  /** The index of a column by name. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name + " in " + columns);
  }
}
