package com.vanitycall.cli.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.vanitycall.cli.TextTable;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vanitycall stats}: aggregates over a range of days, from {@code GET /api/stats}. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Aggregates over a range of days (calls per day and hour, shares, top words and area"
            + " codes), from the running local stack or a deployed API.")
public final class StatsCommand implements Callable<Integer> {

  @Option(names = "--from", description = "the first day (2026-11-22, UTC); default --to")
  private String from;

  @Option(names = "--to", description = "the last day; default today (UTC)")
  private String to;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      description =
          "days and hours in this time zone (America/New_York); exact for zones a whole number of"
              + " hours from UTC; any zone: ./vanitycall sql --query calls-by-day-and-hour")
  private String tz;

  @Mixin private ApiOptions api;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> query = new TreeMap<>();
    Optional.ofNullable(from).ifPresent(f -> query.put("from", f));
    Optional.ofNullable(to).ifPresent(t -> query.put("to", t));
    Optional.ofNullable(tz).ifPresent(z -> query.put("tz", z));
    var response = api.client().get("/api/stats", api.query(query));
    switch (api.format) {
      case csv -> out.print(ApiOptions.body(response));
      case json -> out.println(ApiOptions.body(response));
      case table -> print(ApiOptions.json(response), out);
    }
    out.flush();
    return 0;
  }

  private static void print(JsonNode stats, PrintWriter out) {
    out.printf(
        "%s to %s: %d call(s)%n%n",
        stats.path("from").asText(), stats.path("to").asText(), stats.path("calls").asLong());
    JsonNode shares = stats.path("shares");
    shares(out, shares, "CALLER'S NUMBER", "valid", "withheld", "invalid");
    shares(out, shares, "ANSWERED FROM", "cache", "quick", "fallback");
    counts(out, "DAY", stats.path("callsPerDay"), "day");
    JsonNode utcDays = stats.path("sharesAndTopListsOfUtcDays");
    if (!utcDays.isMissingNode()) {
      out.printf(
          "Days and hours in %s. Shares and top lists are counted by UTC day: those of %s to %s"
              + " (%d call(s)).%n%n",
          stats.path("tz").asText(),
          utcDays.path("from").asText(),
          utcDays.path("to").asText(),
          utcDays.path("calls").asLong());
    }
    TextTable hours = new TextTable("HOUR (" + stats.path("tz").asText("UTC") + ")", "CALLS");
    JsonNode perHour = stats.path("callsPerHour");
    for (int hour = 0; hour < perHour.size(); hour++) {
      if (perHour.get(hour).asLong() > 0) {
        hours.row(String.format("%02d:00", hour), perHour.get(hour).asLong());
      }
    }
    hours.print(out);
    out.println();
    counts(out, "TOP WORD", stats.path("topWords"), "word");
    TextTable areas = new TextTable("TOP AREA CODE", "CALLS");
    stats
        .path("topAreas")
        .forEach(
            entry ->
                areas.row(
                    AreaCodes.display(entry.path("area").asText()), entry.path("calls").asLong()));
    areas.print(out);
    out.println();
  }

  /** One way of dividing the calls, as shares that add up to 100 %. */
  private static void shares(PrintWriter out, JsonNode shares, String title, String... names) {
    TextTable table = new TextTable(title, "SHARE OF CALLS");
    for (String name : names) {
      table.row(name, String.format("%.1f %%", 100 * shares.path(name).asDouble()));
    }
    table.print(out);
    out.println();
  }

  /** A list of {@code {"<key>": ..., "calls": n}} as a two-column table. */
  private static void counts(PrintWriter out, String title, JsonNode list, String key) {
    TextTable table = new TextTable(title, "CALLS");
    list.forEach(entry -> table.row(entry.path(key).asText(), entry.path("calls").asLong()));
    table.print(out);
    out.println();
  }
}
