package com.vanitycall.local.cli;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.web.HistoryLoader;
import com.vanitycall.local.web.LocalWeb;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall bench-api} ({@code ./vanitycall bench api}): the API's query latency over a
 * large history. Loads calls into an in-memory local stack through the pipeline's own writer
 * ({@code CallLedger}), then times each route over real HTTP to the local server.
 */
@Command(
    name = "bench-api",
    mixinStandardHelpOptions = true,
    description =
        "Load a call history (default 100,000 calls over 30 days) into an in-memory local stack"
            + " through the pipeline's writer, then report p50/p99 latency of each API route over"
            + " HTTP.")
public final class ApiBenchCommand implements Callable<Integer> {

  private static final String[] AREAS = {"212", "303", "415", "617", "800", "888", "312", "206"};

  @Option(names = "--calls", defaultValue = "100000", description = "calls in the history")
  private int calls;

  @Option(names = "--days", defaultValue = "30", description = "days the history spans")
  private int days;

  @Option(names = "--requests", defaultValue = "500", description = "timed requests per route")
  private int requests;

  @Option(names = "--warmup", defaultValue = "200", description = "untimed requests per route")
  private int warmup;

  @Spec private CommandSpec spec;

  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    PrintWriter out = spec.commandLine().getOut();
    try (LocalStack stack = LocalStack.inMemory();
        LocalWeb web = LocalWeb.start(stack, 0)) {
      long started = System.nanoTime();
      int failed = load(stack, out);
      out.printf(
          "loaded %,d calls over %d days through CallLedger in %.0f s (%d not written)%n",
          calls, days, (System.nanoTime() - started) / 1e9, failed);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      Random random = new Random(7);
      out.printf(
          "%-44s %8s %8s %8s %8s%n",
          "route (" + requests + " requests each)", "p50 ms", "p90 ms", "p99 ms", "max ms");
      time(out, web, "/api/recent", i -> "/api/recent");
      time(out, web, "/api/stats, one day", i -> oneDay("/api/stats?", day(today, random)));
      time(
          out,
          web,
          "/api/stats, 30 days",
          i -> "/api/stats?from=" + today.minusDays(29) + "&to=" + today);
      time(
          out,
          web,
          "/api/calls, one page (50) of one day",
          i -> oneDay("/api/calls?limit=50&", day(today, random)));
      time(
          out,
          web,
          "/api/calls, one caller (92 days)",
          i ->
              "/api/calls?caller=%2B1"
                  + AREAS[random.nextInt(AREAS.length)]
                  + "2"
                  + (100_000 + random.nextInt(200)));
    }
    out.flush();
    return 0;
  }

  private static String day(LocalDate today, Random random) {
    return today.minusDays(1 + random.nextInt(28)).toString();
  }

  private int load(LocalStack stack, PrintWriter out) {
    HistoryLoader loader =
        new HistoryLoader(
            stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK));
    Random random = new Random(42);
    Instant end = Instant.now();
    long span = days * 86_400_000L;
    List<CallEvent> events = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      Instant at = end.minusMillis((long) (random.nextDouble() * span));
      int kind = random.nextInt(100);
      events.add(
          kind < 8
              ? CallEvent.fallback("bench-" + i, CallerStatus.WITHHELD, at, 40)
              : kind < 10
                  ? CallEvent.fallback("bench-" + i, CallerStatus.INVALID, at, 40)
                  : new CallEvent(
                      1,
                      "bench-" + i,
                      "+1"
                          + AREAS[random.nextInt(AREAS.length)]
                          + "2"
                          + (100_000 + random.nextInt(200)),
                      CallerStatus.VALID,
                      at,
                      List.of(),
                      random.nextInt(3) == 0 ? VanitySource.CACHE : VanitySource.QUICK,
                      600));
    }
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    int chunk = 2_000;
    IntStream.range(0, (calls + chunk - 1) / chunk)
        .parallel()
        .forEach(
            c -> {
              failed.addAndGet(
                  loader.write(events.subList(c * chunk, Math.min(calls, (c + 1) * chunk))));
              int done = written.addAndGet(chunk);
              if (done % 20_000 == 0) {
                spec.commandLine().getErr().printf("  %,d calls written%n", done);
              }
            });
    return failed.get();
  }

  private void time(PrintWriter out, LocalWeb web, String name, IntFunction<String> path)
      throws IOException, InterruptedException {
    Histogram micros = new Histogram(60_000_000L, 3);
    for (int i = 0; i < warmup + requests; i++) {
      String resolved = path.apply(i);
      URI uri = web.url().resolve(resolved);
      long started = System.nanoTime();
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      long elapsed = (System.nanoTime() - started) / 1_000;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            resolved + " answered " + response.statusCode() + ": " + response.body());
      }
      if (i >= warmup) {
        micros.recordValue(elapsed);
      }
    }
    out.printf(
        "%-44s %8.1f %8.1f %8.1f %8.1f%n",
        name,
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0);
    out.flush();
  }

  private static String oneDay(String route, String day) {
    return route + "from=" + day + "&to=" + day;
  }
}
