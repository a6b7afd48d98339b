package com.vanitycall.cli.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sql --athena} against a stand-in for Athena's API on loopback (JSON 1.1, as the SDK speaks
 * it): the query started in the workgroup and database, polled until done with a progress line, its
 * result paged through, and what it scanned and cost. Not run against AWS here.
 */
class SqlOnAthenaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer athena;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger polls = new AtomicInteger();
  private volatile String finalState = "SUCCEEDED";

  @BeforeEach
  void standIn() throws IOException {
    System.setProperty("aws.accessKeyId", "analyst");
    System.setProperty("aws.secretAccessKey", "not-a-secret");
    athena = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    athena.createContext("/", this::answer);
    athena.start();
  }

  @AfterEach
  void stop() {
    athena.stop(0);
  }

  @Test
  void aNamedQuery_runsInTheWorkgroup_isPolled_pagedThrough_andItsCostIsSaid() {
    CliRun run =
        sql(
            "--query",
            "top-words",
            "--param",
            "from=2026-11-01",
            "--param",
            "to=2026-11-30",
            "--format",
            "csv");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("word,calls\r\nFLOWERS,12\r\nPIZZA,7\r\nJUNK,3\r\n");
    JsonNode start = requests.get(0);
    assertThat(start.path("target").asText()).isEqualTo("AmazonAthena.StartQueryExecution");
    assertThat(start.path("body").path("WorkGroup").asText()).isEqualTo("vanitycall-analysts");
    assertThat(start.path("body").path("QueryExecutionContext").path("Database").asText())
        .isEqualTo("vanitycall_lake");
    assertThat(start.path("body").path("QueryString").asText())
        .contains("FROM calls", "BETWEEN '2026-11-01' AND '2026-11-30'", "LIMIT 10")
        .doesNotContain("${");
    assertThat(run.err())
        .contains("athena: RUNNING after", "athena: SUCCEEDED after")
        .contains("123.5 MB scanned, $0.000617 at $5 per TB");
    assertThat(polls.get()).isEqualTo(2);
  }

  @Test
  void aQueryAthenaFails_isOneLine_andExit2() {
    finalState = "FAILED";

    CliRun run = sql("SELECT nothing FROM calls");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "vanitycall sql: the query failed: Athena: COLUMN_NOT_FOUND: line 1:8: Column 'nothing' cannot be resolved");
  }

  @Test
  void theCostOfAQuery_isFiveDollarsATerabyte_withTenMegabytesAtLeast() {
    assertThat(AthenaEngine.cost(1_000_000_000_000L)).isEqualTo(5.0);
    assertThat(AthenaEngine.cost(1)).isEqualTo(AthenaEngine.cost(10_000_000));
  }

  private CliRun sql(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("sql"));
    all.addAll(List.of(args));
    all.addAll(
        List.of(
            "--athena",
            "--region",
            "eu-west-2",
            "--athena-endpoint",
            "http://127.0.0.1:" + athena.getAddress().getPort()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private void answer(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode body = JSON.readTree(exchange.getRequestBody());
    requests.add(JSON.createObjectNode().put("target", target).set("body", body));
    String response =
        switch (target) {
          case "AmazonAthena.StartQueryExecution" -> "{\"QueryExecutionId\":\"q-17\"}";
          case "AmazonAthena.GetQueryExecution" ->
              execution(polls.incrementAndGet() == 1 ? "RUNNING" : finalState);
          case "AmazonAthena.GetQueryResults" -> results(body.path("NextToken").asText(""));
          default -> null;
        };
    byte[] bytes =
        (response == null
                ? "{\"__type\":\"InvalidRequestException\",\"Message\":\"no\"}"
                : response)
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(response == null ? 400 : 200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String execution(String state) {
    String reason =
        state.equals("FAILED")
            ? ",\"StateChangeReason\":\"COLUMN_NOT_FOUND: line 1:8: Column 'nothing' cannot be resolved\""
            : "";
    long scanned = state.equals("RUNNING") ? 0 : 123_456_789;
    return "{\"QueryExecution\":{\"QueryExecutionId\":\"q-17\",\"Status\":{\"State\":\""
        + state
        + "\""
        + reason
        + "},\"Statistics\":{\"DataScannedInBytes\":"
        + scanned
        + "}}}";
  }

  /** Two pages: the header row and two rows, then one more row. */
  private static String results(String token) {
    String metadata =
        "\"ResultSetMetadata\":{\"ColumnInfo\":[{\"Name\":\"word\",\"Type\":\"varchar\"},"
            + "{\"Name\":\"calls\",\"Type\":\"bigint\"}]}";
    if (token.isEmpty()) {
      return "{\"ResultSet\":{\"Rows\":["
          + row("word", "calls")
          + ","
          + row("FLOWERS", "12")
          + ","
          + row("PIZZA", "7")
          + "],"
          + metadata
          + "},\"NextToken\":\"page-2\"}";
    }
    return "{\"ResultSet\":{\"Rows\":[" + row("JUNK", "3") + "]," + metadata + "}}";
  }

  private static String row(String... values) {
    StringBuilder row = new StringBuilder("{\"Data\":[");
    for (int i = 0; i < values.length; i++) {
      row.append(i == 0 ? "" : ",").append("{\"VarCharValue\":\"").append(values[i]).append("\"}");
    }
    return row.append("]}").toString();
  }
}
