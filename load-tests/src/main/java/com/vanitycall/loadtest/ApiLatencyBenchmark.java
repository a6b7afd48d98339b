package com.vanitycall.loadtest;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.phone.CallerStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The analysts' API under a history: each route asked {@code warmup + requests} times over real
 * HTTP, one request at a time, and the latency of the last {@code requests} reported as p50, p90,
 * p99 and max. A route that answers anything but 200 stops the run.
 */
public final class ApiLatencyBenchmark {

  /**
   * @param requests timed requests per route
   * @param warmup untimed requests per route, first
   */
  public record Options(int requests, int warmup) {
    public Options {
      if (requests < 1 || warmup < 0) {
        throw new IllegalArgumentException(
            "requests must be at least 1 and warmup at least 0: " + requests + ", " + warmup);
      }
    }
  }

  /** A route and, for each request, the path and query to ask. */
  private record Route(String name, Supplier<String> path) {}

  private final URI api;
  private final Options options;
  private final HttpClient http = HttpClient.newHttpClient();

  public ApiLatencyBenchmark(URI api, Options options) {
    this.api = api;
    this.options = options;
  }

  /**
   * @param history the calls behind the API, for callers and days to ask about
   * @param today the history's last day
   */
  public void run(List<CallEvent> history, LocalDate today, PrintWriter out)
      throws IOException, InterruptedException {
    out.printf(
        "%-44s %8s %8s %8s %8s%n",
        "route (" + options.requests() + " requests each)", "p50 ms", "p90 ms", "p99 ms", "max ms");
    for (Route route : routes(history, today, new Random(7))) {
      time(route, out);
    }
  }

  private static List<Route> routes(List<CallEvent> history, LocalDate today, Random random) {
    List<String> callers =
        history.stream()
            .filter(call -> call.callerStatus() == CallerStatus.VALID)
            .map(CallEvent::callerNumber)
            .distinct()
            .toList();
    Supplier<String> aDay = () -> today.minusDays(1 + random.nextInt(28)).toString();
    return List.of(
        new Route("/api/recent", () -> "/api/recent"),
        new Route("/api/stats, one day", () -> oneDay("/api/stats?", aDay.get())),
        new Route(
            "/api/stats, 30 days", () -> "/api/stats?from=" + today.minusDays(29) + "&to=" + today),
        new Route(
            "/api/calls, one page (50) of one day",
            () -> oneDay("/api/calls?limit=50&", aDay.get())),
        new Route(
            "/api/calls, one caller (92 days)",
            () ->
                "/api/calls?caller="
                    + URLEncoder.encode(
                        callers.get(random.nextInt(callers.size())), StandardCharsets.UTF_8)));
  }

  private static String oneDay(String route, String day) {
    return route + "from=" + day + "&to=" + day;
  }

  private void time(Route route, PrintWriter out) throws IOException, InterruptedException {
    Histogram micros = new Histogram(60_000_000L, 3);
    for (int i = 0; i < options.warmup() + options.requests(); i++) {
      String path = route.path().get();
      long started = System.nanoTime();
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(api.resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      long elapsed = (System.nanoTime() - started) / 1_000;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      if (i >= options.warmup()) {
        micros.recordValue(elapsed);
      }
    }
    out.printf(
        "%-44s %8.1f %8.1f %8.1f %8.1f%n",
        route.name(),
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0);
    out.flush();
  }
}
