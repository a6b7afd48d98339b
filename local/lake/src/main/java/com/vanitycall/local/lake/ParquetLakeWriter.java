package com.vanitycall.local.lake;

import com.vanitycall.aws.schema.LakeColumn;
import com.vanitycall.aws.schema.LakeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns delivered JSON lines ({@code LakeRecordJson}) into the lake's Parquet files, as Firehose's
 * record format conversion and dynamic partitioning do on AWS: the columns and types of {@link
 * LakeTable}, one file per day the lines cover, under {@code day=YYYY-MM-DD/}. DuckDB writes them
 * into a staging directory; each file is then moved into the lake whole, so a query never reads a
 * file half written.
 */
public final class ParquetLakeWriter implements AutoCloseable {

  private final LakeFiles files;
  private final Connection duckDb;

  public ParquetLakeWriter(LakeFiles files) {
    this.files = files;
    try {
      Files.createDirectories(files.lake());
      Files.createDirectories(files.firehose());
      duckDb = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement settings = duckDb.createStatement()) {
        settings.execute("SET TimeZone = 'UTC'");
        // the pipeline shares the machine: one core is enough for a buffer's worth of calls
        settings.execute("SET threads = 1");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lake under " + files.root(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB did not start: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the records of a file of JSON lines into the lake.
   *
   * @return the Parquet files it added
   */
  public synchronized List<Path> write(Path jsonLines) {
    Path staging = files.firehose().resolve("staging-" + UUID.randomUUID());
    try (Statement copy = duckDb.createStatement()) {
      copy.execute(
          "COPY (SELECT "
              + LakeTable.COLUMNS.stream().map(LakeColumn::name).collect(Collectors.joining(", "))
              + ", "
              + LakeTable.DAY
              + " FROM read_json("
              + literal(jsonLines)
              + ", format = 'newline_delimited', columns = "
              + jsonColumns()
              + ")) TO "
              + literal(staging)
              + " (FORMAT parquet, COMPRESSION snappy, PARTITION_BY ("
              + LakeTable.DAY
              + "), FILENAME_PATTERN 'calls-{uuid}')");
      return moveIntoLake(staging);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the lake could not convert " + jsonLines + ": " + e.getMessage(), e);
    } finally {
      LakeFiles.deleteTree(staging);
    }
  }

  private List<Path> moveIntoLake(Path staging) {
    if (!Files.isDirectory(staging)) {
      return List.of();
    }
    try (Stream<Path> written = Files.walk(staging)) {
      List<Path> parquet = written.filter(f -> f.toString().endsWith(".parquet")).toList();
      for (Path file : parquet) {
        Path day = files.lake().resolve(file.getParent().getFileName().toString());
        Files.createDirectories(day);
        Files.move(file, day.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
      return parquet.stream()
          .map(f -> files.lake().resolve(f.getParent().getFileName()).resolve(f.getFileName()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move Parquet files into " + files.lake(), e);
    }
  }

  /** read_json's {@code columns}: every column of the table with DuckDB's type, and the day. */
  static String jsonColumns() {
    return Stream.concat(
            LakeTable.COLUMNS.stream().map(c -> c.name() + ": '" + c.type().duckDb() + "'"),
            Stream.of(LakeTable.DAY + ": 'VARCHAR'"))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  static String literal(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  @Override
  public synchronized void close() {
    try {
      duckDb.close();
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB did not close: " + e.getMessage(), e);
    }
  }
}
