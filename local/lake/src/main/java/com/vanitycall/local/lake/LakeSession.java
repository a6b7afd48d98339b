package com.vanitycall.local.lake;

import com.vanitycall.aws.schema.LakeColumn;
import com.vanitycall.aws.schema.LakeTable;
import com.vanitycall.aws.schema.LakeViews;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An analyst's DuckDB session over the local lake: {@code lake_calls} over the lake's Parquet files
 * (hive-partitioned by {@code day}), Athena's {@code approx_percentile} as a macro of DuckDB's
 * {@code approx_quantile}, and the views of {@code analytics/views.sql}; then locked down. It can
 * read the lake's directory and nothing else (allowed directories, no external access, no extension
 * installed or loaded, its configuration locked), and it runs a query only after {@link
 * ReadOnlyQuery} has found it to be one read-only SELECT.
 */
public final class LakeSession implements AutoCloseable {

  private final Connection duckDb;

  private LakeSession(Connection duckDb) {
    this.duckDb = duckDb;
  }

  /** A session over the lake in {@code files}, with these views. */
  public static LakeSession open(LakeFiles files, List<LakeViews.View> views) {
    try {
      Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement setup = duckDb.createStatement()) {
        setup.execute("SET TimeZone = 'UTC'");
        setup.execute("SET autoinstall_known_extensions = false");
        setup.execute("SET autoload_known_extensions = false");
        setup.execute(
            "CREATE MACRO approx_percentile(x, percentage) AS approx_quantile(x, percentage)");
        setup.execute(lakeCalls(files));
        for (LakeViews.View view : views) {
          setup.execute(view.statement());
        }
        setup.execute(
            "SET allowed_directories = ["
                + ParquetLakeWriter.literal(files.lake()).replaceFirst("'$", "/'")
                + "]");
        setup.execute("SET enable_external_access = false");
        setup.execute("SET lock_configuration = true");
      } catch (SQLException e) {
        duckDb.close();
        throw e;
      }
      return new LakeSession(duckDb);
    } catch (SQLException e) {
      throw new IllegalStateException("the lake's session did not open: " + e.getMessage(), e);
    }
  }

  /**
   * {@code lake_calls}: the lake's files, or, while there are none, an empty table of the same
   * columns (DuckDB refuses a glob that matches nothing).
   */
  private static String lakeCalls(LakeFiles files) {
    if (files.parquetFiles().isEmpty()) {
      return Stream.concat(
              LakeTable.COLUMNS.stream().map(c -> c.name() + " " + c.type().duckDb()),
              Stream.of(LakeTable.DAY + " VARCHAR"))
          .collect(Collectors.joining(", ", "CREATE TABLE " + LakeTable.NAME + " (", ")"));
    }
    String glob = files.lake().resolve(LakeTable.DAY + "=*").resolve("*.parquet").toString();
    return "CREATE VIEW "
        + LakeTable.NAME
        + " AS SELECT "
        + LakeTable.COLUMNS.stream().map(LakeColumn::name).collect(Collectors.joining(", "))
        + ", "
        + LakeTable.DAY
        + " FROM read_parquet('"
        + glob.replace("'", "''")
        + "', hive_partitioning = true, hive_types = {'"
        + LakeTable.DAY
        + "': VARCHAR}, union_by_name = true)";
  }

  /**
   * Runs one read-only query.
   *
   * @throws RefusedQueryException when it is not one, or reads outside the lake; it did not run
   * @throws QueryFailedException when it is wrong (syntax, names), in DuckDB's words
   */
  public QueryResult query(String sql) {
    ReadOnlyQuery.check(duckDb, sql);
    try (Statement statement = duckDb.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      List<QueryResult.Column> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(new QueryResult.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
      }
      List<List<String>> rows = new ArrayList<>();
      while (result.next()) {
        List<String> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          row.add(result.getString(i));
        }
        rows.add(row);
      }
      return new QueryResult(columns, rows);
    } catch (SQLException e) {
      String message = ReadOnlyQuery.firstLine(e.getMessage());
      if (message.contains("Permission Error") || message.contains("disabled by configuration")) {
        throw new RefusedQueryException("the query may read only the lake: " + message);
      }
      throw new QueryFailedException(message, e);
    }
  }

  @Override
  public void close() {
    try {
      duckDb.close();
    } catch (SQLException e) {
      throw new IllegalStateException("the lake's session did not close: " + e.getMessage(), e);
    }
  }
}
