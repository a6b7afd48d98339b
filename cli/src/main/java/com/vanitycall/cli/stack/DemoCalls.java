package com.vanitycall.cli.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.cli.analyst.ResultFormat;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.local.lake.LakeFiles;
import com.vanitycall.local.lake.LakeSession;
import com.vanitycall.local.lake.LocalLake;
import com.vanitycall.local.lake.NamedQueries;
import com.vanitycall.local.lake.NamedQuery;
import com.vanitycall.local.simulator.SimulatedCall;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.DeadLetterRedrive;
import com.vanitycall.local.stack.StackEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo's script on a stack: a handful of calls through the contact flow, what the callers
 * heard, what the pipeline stored (read through the same adapters the API uses), and a second call
 * answered from the cache.
 */
final class DemoCalls {

  /** Two famous vanity numbers, a plain number, a number abroad, a withheld and a junk caller. */
  static final List<String> NUMBERS =
      List.of(
          "+1 800 356 9377",
          "+1 800 468 5865",
          "+1 212 555 0142",
          "+44 20 7946 0958",
          "anonymous",
          "junk");

  private static final Duration PIPELINE_DEADLINE = Duration.ofSeconds(60);

  /** The local Firehose endpoint writes its buffer every 30 s at the latest. */
  private static final Duration LAKE_DEADLINE = Duration.ofSeconds(90);

  /** The named query the demo ends with. */
  static final String LAKE_QUERY = "calls-by-status";

  /** How far back the demo looks for its own calls among the stack's latest. */
  private static final int LATEST_CALLS = 200;

  private final CallerNumberParser parser = new CallerNumberParser();
  private final PrintWriter out;

  DemoCalls(PrintWriter out) {
    this.out = out;
  }

  /** Runs the script on the stack these variables describe. */
  void run(Map<String, String> environment) {
    StackEnvironment stack = new StackEnvironment(environment);
    ResourceNames names = stack.names();
    try (AwsClients clients = stack.clients();
        SimulatedPhone phone = SimulatedPhone.on(environment)) {
      DynamoDbClient dynamo = clients.dynamoDb(CallBudget.inBackground());
      CallHistory history =
          new DynamoDbCallHistory(dynamo, names.callsTable(), names.analyticsTable());
      out.printf("%nCalls through contact-flows/vanity-lookup.json and the Connect handler:%n");
      Set<String> placed =
          NUMBERS.stream()
              .map(
                  number -> {
                    SimulatedCall call = phone.call(number);
                    show(number, call);
                    return call.contactId();
                  })
              .collect(Collectors.toSet());
      List<StoredCall> stored = awaitStored(history, placed);
      showStored(
          stored,
          history,
          new DynamoDbVanityCache(
              dynamo, names.vanityCacheTable(), Duration.ofDays(1), Clock.systemUTC()));
      out.printf("  dead letters: %d%n", DeadLetterRedrive.on(stack, clients).list().size());
      showLake(environment, placed);
      String again = NUMBERS.get(0);
      out.printf("%nCalling from %s again: the deep answer now comes from the cache.%n", again);
      show(again, phone.call(again));
      out.flush();
    }
  }

  /**
   * The demo's calls in the history lake, once the local Firehose endpoint has written them (its
   * buffer's time), and a named query over today's calls, as {@code ./vanitycall sql} prints it.
   */
  private void showLake(Map<String, String> environment, Set<String> placed) {
    String lakeDir = environment.get(LocalLake.LAKE_DIR);
    if (lakeDir == null) {
      return;
    }
    LakeFiles lake = new LakeFiles(Path.of(lakeDir));
    NamedQueries analytics = NamedQueries.inCheckout();
    out.printf(
        "%nThe history lake (Parquet by day under %s), once Firehose's buffer is written...%n",
        lake.lake());
    out.flush();
    String ids =
        placed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "(", ")"));
    long giveUpAt = System.nanoTime() + LAKE_DEADLINE.toNanos();
    while (System.nanoTime() < giveUpAt) {
      try (LakeSession session = LakeSession.open(lake, analytics.views())) {
        String found =
            session
                .query("SELECT count(*) FROM calls WHERE event_id IN " + ids)
                .rows()
                .get(0)
                .get(0);
        if (Long.parseLong(found) == placed.size()) {
          NamedQuery byStatus = analytics.find(LAKE_QUERY).orElseThrow();
          out.printf(
              "%n./vanitycall sql --query %s --param from=today (%s):%n",
              LAKE_QUERY, byStatus.description());
          ResultFormat.table.print(
              session.query(byStatus.render(Map.of("from", "today"), today())), out);
          out.flush();
          return;
        }
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
    }
    out.printf("  the lake did not hold the demo's calls within %s%n", LAKE_DEADLINE);
  }

  private void show(String number, SimulatedCall call) {
    String source =
        call.lambdaResponse().map(r -> r.getOrDefault("source", "?")).orElse("no answer");
    out.printf("%n  %s  (answer: %s)%n", number, source);
    call.heard().forEach(line -> out.printf("    \"%s\"%n", line));
    out.flush();
  }

  /** The demo's calls as stored, once the pipeline stored all of them (or the deadline passed). */
  private static List<StoredCall> awaitStored(CallHistory history, Set<String> eventIds) {
    long giveUpAt = System.nanoTime() + PIPELINE_DEADLINE.toNanos();
    while (true) {
      List<StoredCall> stored =
          history.lastCalls(LATEST_CALLS, today(), 1).stream()
              .filter(call -> eventIds.contains(call.eventId()))
              .toList();
      if (stored.size() == eventIds.size() || System.nanoTime() > giveUpAt) {
        return stored;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private void showStored(List<StoredCall> calls, CallHistory history, VanityCache cache) {
    out.printf("%nWhat the pipeline stored (deep scoring, full dictionary):%n  calls%n");
    for (StoredCall call : calls) {
      out.printf(
          "    %-16s %-8s heard from %-8s deep best: %s%n",
          call.callerNumber().map(this::masked).orElse("(no number)"),
          call.callerStatus(),
          call.source(),
          displays(call.vanities()));
    }
    out.printf("  vanity cache%n");
    calls.stream()
        .flatMap(call -> call.callerNumber().stream())
        .distinct()
        .flatMap(number -> parser.parse(number).number().stream())
        .forEach(
            number ->
                cache
                    .find(number)
                    .ifPresent(
                        cached ->
                            out.printf(
                                "    %-16s %s%n", number.masked(), displays(cached.vanities()))));
    history
        .counters(today())
        .ifPresent(
            day ->
                out.printf(
                    "  today's counters (every call today): %d calls: %d valid, %d withheld, %d"
                        + " invalid; answered %d from the cache, %d by the quick engine, %d with"
                        + " the fallback%n",
                    day.calls(),
                    day.valid(),
                    day.withheld(),
                    day.invalid(),
                    day.answeredFromCache(),
                    day.answeredQuick(),
                    day.answeredFallback()));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private String masked(String number) {
    return parser.parse(number).number().map(PhoneNumber::masked).orElse("(unreadable)");
  }

  private static String displays(List<Vanity> vanities) {
    return vanities.isEmpty()
        ? "-"
        : vanities.stream().map(Vanity::display).collect(Collectors.joining(", "));
  }
}
