package com.vanitycall.cli.bench;

import com.vanitycall.aws.lake.PseudonymKeyFile;
import com.vanitycall.cli.TextTable;
import com.vanitycall.cli.UserErrorException;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.loadtest.LakeHistory;
import com.vanitycall.local.lake.LakeFiles;
import com.vanitycall.local.lake.LakeSession;
import com.vanitycall.local.lake.NamedQueries;
import com.vanitycall.local.lake.NamedQuery;
import com.vanitycall.local.lake.ParquetLakeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall bench lake}: a generated history (default 1,000,000 calls over 30 days) written
 * straight into a local lake by the lake's own writer, then every named query timed over it, as
 * {@code sql} runs it (DuckDB, the views deduplicating by event id), with the lake's size.
 */
@Command(
    name = "lake",
    mixinStandardHelpOptions = true,
    description =
        "Write a generated history (default 1,000,000 calls over 30 days) into a local lake with"
            + " the lake's writer, then time every named query over it (p50, max) and report the"
            + " lake's size.")
public final class LakeBenchCommand implements Callable<Integer> {

  @Option(names = "--calls", defaultValue = "1000000", description = "calls in the history")
  private int calls;

  @Option(names = "--days", defaultValue = "30", description = "days the history spans")
  private int days;

  @Option(names = "--runs", defaultValue = "5", description = "timed runs of each query")
  private int runs;

  @Option(names = "--seed", defaultValue = "42", description = "the history's seed")
  private long seed;

  @Option(
      names = "--files",
      defaultValue = "10",
      description = "how many deliveries the history is written in (each a file per day)")
  private int files;

  @Option(
      names = "--lake",
      paramLabel = "DIR",
      description = "keep the lake in DIR (sql --lake DIR queries it); default: a temporary one")
  private Path lake;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (calls < 1 || days < 1 || runs < 1 || files < 1) {
      throw new UserErrorException("--calls, --days, --runs and --files must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = lake == null;
    LakeFiles lakeFiles =
        new LakeFiles(temporary ? Files.createTempDirectory("vanitycall-lake-bench-") : lake);
    try {
      write(lakeFiles, out);
      time(lakeFiles, out);
    } finally {
      if (temporary) {
        lakeFiles.delete();
      }
    }
    return 0;
  }

  private void write(LakeFiles lakeFiles, PrintWriter out) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LakeHistory history =
        new LakeHistory(
            VanityEngine.load(Profile.QUICK),
            new CallerPseudonyms(PseudonymKeyFile.readOrCreate(lakeFiles.pseudonymKey())));
    long generating = 0;
    long writing = 0;
    try (ParquetLakeWriter writer = new ParquetLakeWriter(lakeFiles)) {
      for (int file = 0; file < files; file++) {
        int count = calls / files + (file < calls % files ? 1 : 0);
        Path lines = lakeFiles.firehose().resolve("generated-" + file + ".jsonl");
        long started = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(lines)) {
          history.write(
              count,
              days,
              seed + file,
              today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
              stream);
        }
        long generated = System.nanoTime();
        writer.write(lines);
        writing += System.nanoTime() - generated;
        generating += generated - started;
        Files.delete(lines);
        out.printf("  %,d of %,d calls written%n", (long) (file + 1) * (calls / files), calls);
        out.flush();
      }
    }
    long bytes = lakeFiles.bytes();
    out.printf(
        "%nWrote %,d calls over %d days in %d deliveries: %,d Parquet files, %.1f MB (%.1f MB per"
            + " million calls); generated in %.1f s, written by the lake's writer in %.1f s (%,.0f"
            + " calls/s)%n%n",
        calls,
        days,
        files,
        lakeFiles.parquetFiles().size(),
        bytes / 1e6,
        bytes / 1e6 / (calls / 1e6),
        generating / 1e9,
        writing / 1e9,
        calls / (writing / 1e9));
  }

  private void time(LakeFiles lakeFiles, PrintWriter out) {
    NamedQueries analytics = NamedQueries.inCheckout();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, String> range =
        Map.of("from", today.minusDays(days - 1L).toString(), "to", today.toString());
    long opening = System.nanoTime();
    TextTable table = new TextTable("NAMED QUERY", "ROWS", "P50", "MAX", "RUNS");
    try (LakeSession session = LakeSession.open(lakeFiles, analytics.views())) {
      out.printf("session opened in %.0f ms%n%n", (System.nanoTime() - opening) / 1e6);
      for (NamedQuery query : analytics.all()) {
        String sql = query.render(params(query, range), today);
        long[] times = new long[runs];
        int rows = 0;
        for (int run = 0; run < runs; run++) {
          long started = System.nanoTime();
          rows = session.query(sql).rows().size();
          times[run] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        table.row(
            query.name(),
            rows,
            String.format("%.0f ms", times[runs / 2] / 1e6),
            String.format("%.0f ms", times[runs - 1] / 1e6),
            runs);
      }
    }
    table.print(out);
    out.flush();
  }

  /** The whole history's days, and New York's time for the queries in a time zone. */
  private static Map<String, String> params(NamedQuery query, Map<String, String> range) {
    List<String> names = query.params().stream().map(NamedQuery.Param::name).toList();
    Map<String, String> given = new HashMap<>();
    range.forEach(
        (name, value) -> {
          if (names.contains(name)) {
            given.put(name, value);
          }
        });
    if (names.contains("tz")) {
      given.put("tz", "America/New_York");
    }
    return given;
  }
}
