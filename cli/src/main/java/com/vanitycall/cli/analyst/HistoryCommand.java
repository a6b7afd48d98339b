package com.vanitycall.cli.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.cli.TextTable;
import com.vanitycall.cli.UserErrorException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall history}: one caller's calls, or all calls in a time range, newest first, from
 * {@code GET /api/calls}, following its pages up to {@code --limit}.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "The call history, newest first: one caller's calls or all calls in a time range, from the"
            + " running local stack or a deployed API.")
public final class HistoryCommand implements Callable<Integer> {

  private static final int PAGE = 100;

  @Option(names = "--caller", description = "one caller's calls (E.164, e.g. +18003569377)")
  private String caller;

  @Option(
      names = "--from",
      description = "from this time (2026-11-22T13:00:00Z) or day (2026-11-22), UTC")
  private String from;

  @Option(names = "--to", description = "up to this time or day (default now)")
  private String to;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "at most this many calls (${DEFAULT-VALUE})")
  private int limit;

  @Mixin private ApiOptions api;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new UserErrorException("--limit must be at least 1");
    }
    ApiClient client = api.client();
    Map<String, String> query = new TreeMap<>();
    Optional.ofNullable(caller).ifPresent(c -> query.put("caller", c));
    Optional.ofNullable(from).ifPresent(f -> query.put("from", f));
    Optional.ofNullable(to).ifPresent(t -> query.put("to", t));
    if (api.format == ApiOptions.Format.csv) {
      printCsv(client, query, out);
    } else {
      ArrayNode calls = fetch(client, query);
      if (api.format == ApiOptions.Format.json) {
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.set("calls", calls);
        out.println(body);
      } else {
        printTable(calls, out);
      }
    }
    out.flush();
    return 0;
  }

  private ArrayNode fetch(ApiClient client, Map<String, String> query) {
    ArrayNode calls = new ObjectMapper().createArrayNode();
    Map<String, String> page = api.query(query);
    while (calls.size() < limit) {
      page.put("limit", Integer.toString(Math.min(PAGE, limit - calls.size())));
      JsonNode body = ApiOptions.json(client.get("/api/calls", page));
      body.path("calls").forEach(calls::add);
      if (body.path("nextCursor").isNull() || body.path("nextCursor").isMissingNode()) {
        break;
      }
      page.put("cursor", body.path("nextCursor").asText());
    }
    return calls;
  }

  private void printCsv(ApiClient client, Map<String, String> query, PrintWriter out) {
    Map<String, String> page = api.query(query);
    int printed = 0;
    boolean first = true;
    while (printed < limit) {
      page.put("limit", Integer.toString(Math.min(PAGE, limit - printed)));
      HttpResponse<String> response = client.get("/api/calls", page);
      String body = ApiOptions.body(response);
      String rows = first ? body : body.substring(body.indexOf("\r\n") + 2);
      out.print(rows);
      printed += Integer.parseInt(page.get("limit"));
      first = false;
      Optional<String> next = response.headers().firstValue("X-Next-Cursor");
      if (next.isEmpty()) {
        break;
      }
      page.put("cursor", next.get());
    }
  }

  private static void printTable(ArrayNode calls, PrintWriter out) {
    TextTable table = new TextTable("RECEIVED (UTC)", "CALLER", "STATUS", "SOURCE", "BEST VANITY");
    calls.forEach(
        call ->
            table.row(
                call.path("receivedAt").asText(),
                call.path("caller").asText(),
                call.path("callerStatus").asText()
                    + (call.path("synthetic").asBoolean() ? " (load test)" : ""),
                call.path("source").asText(),
                call.path("best").isEmpty() ? "-" : call.path("best").get(0).asText()));
    table.print(out);
    out.printf("%d call(s)%n", calls.size());
  }
}
