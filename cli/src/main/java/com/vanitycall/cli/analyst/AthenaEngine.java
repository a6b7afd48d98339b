package com.vanitycall.cli.analyst;

import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.local.lake.QueryFailedException;
import com.vanitycall.local.lake.QueryResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * A query on Athena, in the lake's workgroup and database: started, polled with a progress line on
 * standard error until it is done, its result paged through; then what it scanned and cost ($5 per
 * TB, at least 10 MB a query), on standard error too, so that standard output holds the result
 * alone.
 */
final class AthenaEngine implements SqlEngine {

  /** Athena's price per terabyte scanned (us-east-1 and most regions). */
  static final double DOLLARS_PER_TB = 5.0;

  /** Athena bills at least this many bytes a query. */
  static final long MINIMUM_BYTES = 10L * 1_000_000;

  private static final Duration POLL = Duration.ofMillis(500);

  private final AthenaClient athena;
  private final String workgroup;
  private final String database;
  private final PrintWriter progress;

  AthenaEngine(AthenaClient athena, String workgroup, String database, PrintWriter progress) {
    this.athena = athena;
    this.workgroup = workgroup;
    this.database = database;
    this.progress = progress;
  }

  @Override
  public QueryResult run(String sql) {
    String id =
        athena
            .startQueryExecution(
                b ->
                    b.queryString(sql)
                        .workGroup(workgroup)
                        .queryExecutionContext(c -> c.database(database)))
            .queryExecutionId();
    QueryExecution execution = awaitDone(id);
    QueryExecutionState state = execution.status().state();
    if (state == QueryExecutionState.FAILED) {
      throw new QueryFailedException("Athena: " + execution.status().stateChangeReason(), null);
    }
    if (state != QueryExecutionState.SUCCEEDED) {
      throw new CommandFailedException("the Athena query " + id + " was " + state);
    }
    QueryResult result = results(id);
    long scanned = execution.statistics().dataScannedInBytes();
    progress.printf(
        "athena: %s scanned, $%.6f at $%.0f per TB (%d MB minimum a query); query %s%n",
        bytes(scanned), cost(scanned), DOLLARS_PER_TB, MINIMUM_BYTES / 1_000_000, id);
    progress.flush();
    return result;
  }

  /** What a query that scanned {@code bytes} costs, in dollars. */
  static double cost(long bytes) {
    return Math.max(bytes, MINIMUM_BYTES) / 1e12 * DOLLARS_PER_TB;
  }

  private QueryExecution awaitDone(String id) {
    long started = System.nanoTime();
    while (true) {
      QueryExecution execution =
          athena.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution();
      QueryExecutionState state = execution.status().state();
      Long scanned =
          execution.statistics() == null ? null : execution.statistics().dataScannedInBytes();
      progress.printf(
          "athena: %s after %.1f s, %s scanned%n",
          state,
          (System.nanoTime() - started) / 1e9,
          scanned == null ? "nothing yet" : bytes(scanned));
      progress.flush();
      if (state != QueryExecutionState.QUEUED && state != QueryExecutionState.RUNNING) {
        return execution;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL.toMillis()));
      if (Thread.currentThread().isInterrupted()) {
        athena.stopQueryExecution(b -> b.queryExecutionId(id));
        throw new CommandFailedException("interrupted: the Athena query " + id + " was stopped");
      }
    }
  }

  /** Every page of the result; the first row of a SELECT's first page is its header. */
  private QueryResult results(String id) {
    List<QueryResult.Column> columns = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    boolean header = true;
    for (GetQueryResultsResponse page :
        athena.getQueryResultsPaginator(b -> b.queryExecutionId(id))) {
      if (columns.isEmpty()) {
        for (ColumnInfo info : page.resultSet().resultSetMetadata().columnInfo()) {
          columns.add(new QueryResult.Column(info.name(), info.type()));
        }
      }
      for (Row row : page.resultSet().rows()) {
        List<String> values = row.data().stream().map(Datum::varCharValue).toList();
        if (header && values.equals(columns.stream().map(QueryResult.Column::name).toList())) {
          header = false;
          continue;
        }
        header = false;
        rows.add(new ArrayList<>(values));
      }
    }
    return new QueryResult(columns, rows);
  }

  private static String bytes(long bytes) {
    return bytes < 1_000_000
        ? String.format("%,d bytes", bytes)
        : String.format("%.1f MB", bytes / 1e6);
  }

  @Override
  public void close() {
    athena.close();
  }
}
