package com.vanitycall.cli.stack;

import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.cli.PortConverter;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.local.emulators.ResourceNames;
import com.vanitycall.local.simulator.SimulatedCall;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StackStateFile;
import com.vanitycall.local.web.LocalWeb;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall demo}: the whole thing on one machine. Starts an in-memory local stack, places
 * a handful of calls through the contact flow, shows what the callers heard and what the pipeline
 * stored, calls again to show the deep answer coming from the cache, then keeps serving until
 * Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Start an in-memory local stack, place a few calls through the contact flow, show what"
            + " the callers heard and what the pipeline stored, then keep serving until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {

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
  private static final int DEAD_LETTERS_SHOWN = 100;

  @Option(
      names = {"--no-wait", "--exit"},
      description = "exit after the demo instead of serving until Ctrl-C (tests, CI)")
  private boolean noWait;

  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = PortConverter.class,
      description = "the page, the API and the live feed listen on this port; 0: any free one")
  private int port;

  @Spec private CommandSpec spec;

  private final CallerNumberParser parser = new CallerNumberParser();

  @Override
  public Integer call() throws InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Starting an in-memory local stack: DynamoDB Local, kinesalite, pipe, workflow...");
    out.flush();
    long started = System.nanoTime();
    LocalStack stack = LocalStack.inMemory();
    LocalWeb web = null;
    try {
      stack.startPipeline(PipeListener.NONE);
      web = LocalWeb.start(stack, port);
      out.printf("ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
      CallHistory history = history(stack);
      try (SimulatedPhone phone = SimulatedPhone.on(stack.environment())) {
        out.printf("%nCalls through contact-flows/vanity-lookup.json and the Connect handler:%n");
        NUMBERS.forEach(number -> show(out, number, phone.call(number)));
        awaitStored(history, NUMBERS.size());
        showStored(out, stack, history);
        String again = NUMBERS.get(0);
        out.printf("%nCalling from %s again: the deep answer now comes from the cache.%n", again);
        show(out, again, phone.call(again));
      }
      out.printf("%nThe last callers, live, and today's figures: %s%n", web.url());
      out.flush();
      if (!noWait) {
        serveUntilStopped(stack, web, out);
      }
      return 0;
    } finally {
      try (stack) {
        if (web != null) {
          web.close();
        }
      }
    }
  }

  private void show(PrintWriter out, String number, SimulatedCall call) {
    String source =
        call.lambdaResponse().map(r -> r.getOrDefault("source", "?")).orElse("no answer");
    out.printf("%n  %s  (answer: %s)%n", number, source);
    call.heard().forEach(line -> out.printf("    \"%s\"%n", line));
  }

  private static void awaitStored(CallHistory history, int calls) {
    long giveUpAt = System.nanoTime() + PIPELINE_DEADLINE.toNanos();
    while (history.lastCalls(calls, today(), 1).size() < calls && System.nanoTime() < giveUpAt) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private void showStored(PrintWriter out, LocalStack stack, CallHistory history) {
    out.printf("%nWhat the pipeline stored (deep scoring, full dictionary):%n  calls%n");
    List<StoredCall> calls = history.lastCalls(NUMBERS.size(), today(), 1);
    for (StoredCall call : calls) {
      out.printf(
          "    %-16s %-8s heard from %-8s deep best: %s%n",
          call.callerNumber().map(this::masked).orElse("(no number)"),
          call.callerStatus(),
          call.source(),
          displays(call.vanities()));
    }
    out.printf("  vanity cache%n");
    VanityCache cache = cache(stack);
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
                    "  today's counters: %d calls: %d valid, %d withheld, %d invalid; answered %d"
                        + " from the cache, %d by the quick engine, %d with the fallback%n",
                    day.calls(),
                    day.valid(),
                    day.withheld(),
                    day.invalid(),
                    day.answeredFromCache(),
                    day.answeredQuick(),
                    day.answeredFallback()));
    out.printf("  dead letters: %d%n", stack.deadLetters().list(DEAD_LETTERS_SHOWN).size());
  }

  private static VanityCache cache(LocalStack stack) {
    return new DynamoDbVanityCache(
        stack.dynamoDb(),
        stack.options().names().vanityCacheTable(),
        Duration.ofDays(1),
        Clock.systemUTC());
  }

  private static CallHistory history(LocalStack stack) {
    ResourceNames names = stack.options().names();
    return new DynamoDbCallHistory(stack.dynamoDb(), names.callsTable(), names.analyticsTable());
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

  private static void serveUntilStopped(LocalStack stack, LocalWeb web, PrintWriter out)
      throws InterruptedException {
    StackStateFile stateFile = StackStateFile.atDefaultLocation();
    boolean announced = stateFile.readLive().isEmpty();
    if (announced) {
      Map<String, String> environment = new HashMap<>(stack.environment());
      environment.put(LocalWeb.API_URL, web.url().toString());
      stateFile.write(environment, ProcessHandle.current().pid());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (announced) {
                    stateFile.delete();
                  }
                  try (stack) {
                    web.close();
                  }
                  stopped.countDown();
                },
                "vanitycall-demo-stop"));
    out.printf(
        "%nThe local stack keeps serving: the page %s (DynamoDB %s, Kinesis %s).%n"
            + "Try ./vanitycall call +18003569377, ./vanitycall history or ./vanitycall stats in"
            + " another terminal and watch the page; Ctrl-C stops.%n",
        web.url(),
        stack.environment().get(LocalStack.DYNAMODB_ENDPOINT),
        stack.environment().get(LocalStack.KINESIS_ENDPOINT));
    out.flush();
    stopped.await();
  }
}
