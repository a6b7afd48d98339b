package com.vanitycall.cli.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CaptureOptions;
import com.vanitycall.loadtest.ReplayOptions;
import com.vanitycall.loadtest.StreamCapture;
import com.vanitycall.loadtest.StreamReplay;
import com.vanitycall.local.lake.BufferHints;
import com.vanitycall.local.lake.LakeFiles;
import com.vanitycall.local.lake.LocalLake;
import com.vanitycall.local.simulator.SimulatedCall;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.stack.StoredData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * {@code sql} on the real local stack: calls placed through the contact flow reach the lake through
 * the whole pipeline (PersistAndCount, the Firehose SDK client, the local endpoint, Parquet), a
 * replay of the stream changes no count, no whole caller number is in any file, and what {@code
 * sql} refuses or cannot run is one line and exit 2.
 */
class SqlOnTheLocalStackIT {

  private static final List<String> CALLERS =
      List.of("+18003569377", "+18004685865", "+18003569377", "+442079460958", "anonymous");
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private static LocalStack stack;
  private static SimulatedPhone phone;
  private static Path lakeRoot;
  private static Set<String> placed;

  @TempDir static Path scratch;

  @BeforeAll
  static void placeCalls() {
    stack =
        LocalStack.start(
            StackOptions.inMemory()
                .withLakeBuffer(new BufferHints(1 << 20, Duration.ofMillis(500))));
    stack.startPipeline(PipeListener.NONE);
    lakeRoot = Path.of(stack.environment().get(LocalLake.LAKE_DIR));
    phone = SimulatedPhone.on(stack.environment());
    placed =
        CALLERS.stream().map(phone::call).map(SimulatedCall::contactId).collect(Collectors.toSet());
    await()
        .atMost(DEADLINE)
        .until(() -> sql("SELECT event_id FROM calls").out().lines().count() == CALLERS.size() + 2);
  }

  @AfterAll
  static void stop() {
    try (LocalStack stopping = stack) {
      phone.close();
    }
  }

  @Test
  void callsPlacedThroughTheContactFlow_areInTheLake_withTheirCallersPseudonymous() {
    CliRun run =
        sql(
            "SELECT event_id, caller_status, country_code, area_code, caller_id, source,"
                + " headline_word FROM calls ORDER BY received_at",
            "--format",
            "csv");

    assertThat(run.exit()).isZero();
    List<String> rows = run.out().lines().skip(1).toList();
    assertThat(rows)
        .extracting(row -> row.split(",")[0])
        .containsExactlyInAnyOrderElementsOf(placed);
    assertThat(rows.get(0)).contains(",VALID,1,800,").endsWith(",FLOWERS");
    // the same number, the same pseudonym; another number, another
    List<String> ids = rows.stream().map(row -> row.split(",")[4]).toList();
    assertThat(ids.get(0)).matches("[0-9a-f]{32}").isEqualTo(ids.get(2)).isNotEqualTo(ids.get(1));
    assertThat(rows.get(3)).contains(",VALID,44,20,");
    assertThat(rows.get(4)).contains(",WITHHELD,,,,FALLBACK,");
  }

  @Test
  void noWholeCallerNumber_isInAnyFileOfTheLake() throws IOException {
    List<String> numbers =
        CALLERS.stream().filter(c -> c.startsWith("+")).map(c -> c.substring(1)).toList();
    List<Path> files;
    try (Stream<Path> all = Files.walk(lakeRoot)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertThat(new LakeFiles(lakeRoot).parquetFiles()).isNotEmpty();
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String number : numbers) {
        assertThat(bytes).as(file.toString()).doesNotContain(number);
      }
    }
    // and none in what the files hold, read back whole
    String everything = sql("SELECT * FROM lake_calls", "--format", "json").out();
    assertThat(everything).isNotBlank();
    numbers.forEach(number -> assertThat(everything).doesNotContain(number));
  }

  @Test
  void aReplayedCapture_leavesEveryCountUnchanged() {
    String before =
        sql("SELECT count(*) AS calls, count(DISTINCT caller_id) AS callers FROM calls").out();
    long deliveries = Long.parseLong(rows("SELECT count(*) FROM lake_calls").get(0));
    StoredData stored = new StoredData(stack.dynamoDb(), stack.options().names());
    long counted = stored.countedCalls();

    int replayed = replayStream(stack.kinesis(), stack.options().names().callEventsStream());

    assertThat(replayed).isGreaterThanOrEqualTo(CALLERS.size());
    // the replay went through the pipeline: its calls were delivered to the lake again
    await()
        .atMost(DEADLINE)
        .until(
            () ->
                Long.parseLong(rows("SELECT count(*) FROM lake_calls").get(0))
                    >= deliveries + replayed);
    assertThat(
            sql("SELECT count(*) AS calls, count(DISTINCT caller_id) AS callers FROM calls").out())
        .isEqualTo(before);
    assertThat(stored.countedCalls()).isEqualTo(counted);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COPY (SELECT * FROM calls) TO 'out.csv'",
        "ATTACH 'other.db' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM '/etc/passwd'",
        "CREATE TABLE mine AS SELECT * FROM calls",
        "INSERT INTO lake_calls SELECT * FROM lake_calls",
        "DROP VIEW calls",
        "SET enable_external_access = true",
        "SELECT 1; DROP VIEW calls",
        "PRAGMA version"
      })
  void aQueryThatIsNotOneReadOfTheLake_isRefused_unrun_withExit2(String query) {
    CliRun run = sql(query);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("vanitycall sql: ").doesNotContain("Exception", "\tat ");
    assertThat(rows("SELECT count(*) FROM calls").get(0))
        .isEqualTo(Integer.toString(CALLERS.size() + 0));
  }

  @Test
  void aBadQuery_isOneClearLine_andExit2() {
    CliRun syntax = sql("SELEC count(*) FROM calls");
    CliRun column = sql("SELECT no_such_column FROM calls");

    assertThat(syntax.exit()).isEqualTo(2);
    assertThat(syntax.err()).startsWith("vanitycall sql: the query failed: ").contains("syntax");
    assertThat(column.exit()).isEqualTo(2);
    assertThat(column.err()).contains("no_such_column").doesNotContain("\tat ");
    assertThat(column.err().lines()).hasSize(1);
  }

  @Test
  void theNamedQueries_areListed_andRunWithTheirParameters() {
    CliRun list = CliRun.of("sql", "--list");
    CliRun byStatus =
        sql("--query", "calls-by-status", "--param", "from=today-1", "--format", "json");
    CliRun badZone = sql("--query", "calls-by-day-and-hour", "--param", "tz=Mars/Olympus");

    assertThat(list.out()).contains("calls-by-day-and-hour", "top-words", "repeat-callers");
    assertThat(byStatus.exit()).isZero();
    assertThat(byStatus.out()).contains("\"valid\":4", "\"withheld\":1");
    assertThat(badZone.exit()).isEqualTo(2);
    assertThat(badZone.err()).contains("tz must be a time zone");
  }

  private static CliRun sql(String... args) {
    List<String> all = new ArrayList<>(List.of("sql"));
    all.addAll(List.of(args));
    all.addAll(List.of("--lake", lakeRoot.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** The first column of every row, as CSV gives it. */
  private static List<String> rows(String query) {
    return sql(query, "--format", "csv").out().lines().skip(1).toList();
  }

  /**
   * The load tester's replay: the stream captured into a file, then replayed into it (10x speed,
   * partition keys kept).
   */
  private static int replayStream(KinesisClient kinesis, String stream) {
    PrintWriter progress = new PrintWriter(new StringWriter());
    CaptureFile capture =
        new CaptureFile(lakeRoot.resolveSibling("replay-" + System.nanoTime() + ".jsonl"));
    long captured;
    try (CaptureFile.Writer out = capture.create()) {
      captured = new StreamCapture(kinesis, CaptureOptions.everything(stream)).run(out, progress);
    }
    new StreamReplay(kinesis, ReplayOptions.of(stream, 10)).run(capture.records(), progress);
    return (int) captured;
  }
}
