package com.vanitycall.cli.analyst;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.cli.TextTable;
import com.vanitycall.local.lake.QueryResult;
import com.vanitycall.local.lake.QueryResult.Column;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/** How {@code sql} prints a result: an aligned table, RFC 4180 CSV, or JSON lines. */
public enum ResultFormat {
  table {
    @Override
    public void print(QueryResult result, PrintWriter out) {
      TextTable text =
          new TextTable(result.columns().stream().map(Column::name).toArray(String[]::new));
      result.rows().forEach(row -> text.row(row.stream().map(v -> v == null ? "" : v).toArray()));
      text.print(out);
      out.printf("%d row(s)%n", result.rows().size());
    }
  },
  csv {
    @Override
    public void print(QueryResult result, PrintWriter out) {
      out.print(csvLine(result.columns().stream().map(Column::name).toList()));
      result.rows().forEach(row -> out.print(csvLine(row)));
    }
  },
  json {
    @Override
    public void print(QueryResult result, PrintWriter out) {
      List<Column> columns = result.columns();
      for (List<String> row : result.rows()) {
        ObjectNode line = JSON.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
          String value = row.get(i);
          Column column = columns.get(i);
          if (value == null) {
            line.putNull(column.name());
          } else if (column.numeric() && isNumber(value)) {
            line.put(column.name(), new BigDecimal(value));
          } else if (column.bool()) {
            line.put(column.name(), Boolean.parseBoolean(value));
          } else {
            line.put(column.name(), value);
          }
        }
        out.println(line);
      }
    }
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  public abstract void print(QueryResult result, PrintWriter out);

  /** RFC 4180: a field with a comma, quote or line break quoted, quotes doubled; CRLF ends it. */
  static String csvLine(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i) == null ? "" : fields.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (field.contains(",")
          || field.contains("\"")
          || field.contains("\n")
          || field.contains("\r")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.append("\r\n").toString();
  }

  private static boolean isNumber(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
