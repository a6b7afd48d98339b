package com.vanitycall.cli.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.web.HistoryLoader;
import com.vanitycall.local.web.LocalWeb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code history} and {@code stats} against a local server through {@code --endpoint}, the way they
 * read a deployed API (requests signed with credentials from the default chain).
 */
class HistoryAndStatsCommandsIT {

  private static final Instant DAY = Instant.parse("2026-10-01T00:00:00Z");

  private static LocalStack stack;
  private static LocalWeb web;

  @BeforeAll
  static void start() {
    System.setProperty("aws.accessKeyId", "analyst");
    System.setProperty("aws.secretAccessKey", "not-a-secret");
    stack = LocalStack.inMemory();
    web = LocalWeb.start(stack, 0);
    List<CallEvent> calls = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      calls.add(
          new CallEvent(
              1,
              "c-" + i,
              i % 2 == 0 ? "+18003569377" : "+12125550147",
              CallerStatus.VALID,
              DAY.plusSeconds(36_000 + i * 60L),
              List.of(),
              VanitySource.QUICK,
              500));
    }
    calls.add(CallEvent.fallback("w-1", CallerStatus.WITHHELD, DAY.plusSeconds(50_000), 30));
    calls.add(
        CallEvent.fallback("load-1", CallerStatus.WITHHELD, DAY.plusSeconds(51_000), 30)
            .asSynthetic());
    new HistoryLoader(stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK))
        .write(calls);
  }

  @AfterAll
  static void stop() {
    try (LocalStack closing = stack) {
      web.close();
    }
  }

  @Test
  void aLoadToolsCalls_areLeftOut_unlessAskedFor() {
    Run stats = run("stats", "--from", "2026-10-01", "--format", "json");
    Run withSynthetic =
        run("stats", "--from", "2026-10-01", "--format", "json", "--include-synthetic");
    Run history = run("history", "--from", "2026-10-01", "--to", "2026-10-01", "--limit", "200");
    Run historyWithSynthetic =
        run(
            "history",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-01",
            "--limit",
            "200",
            "--include-synthetic");

    assertThat(stats.out).contains("\"calls\":131");
    assertThat(withSynthetic.out).contains("\"calls\":132");
    assertThat(history.out).contains("131 call(s)").doesNotContain("(load test)");
    assertThat(historyWithSynthetic.out).contains("132 call(s)", "WITHHELD (load test)");
  }

  @Test
  void history_followsPages_upToTheLimit_inAnAlignedTable() {
    Run run = run("history", "--from", "2026-10-01", "--to", "2026-10-01", "--limit", "125");

    assertThat(run.exit).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines.get(0)).startsWith("RECEIVED (UTC)").contains("CALLER", "BEST VANITY");
    assertThat(lines.get(1)).startsWith("2026-10-01T13:53:20Z").contains("WITHHELD");
    assertThat(lines.get(2)).startsWith("2026-10-01T12:09:00Z").contains("****0147");
    assertThat(lines.get(2).indexOf("****")).isEqualTo(lines.get(0).indexOf("CALLER"));
    assertThat(lines).hasSize(127).last().isEqualTo("125 call(s)");
  }

  @Test
  void history_asCsv_isOneHeaderRow_thenEveryCall() {
    Run run =
        run(
            "history",
            "--caller",
            "+12125550147",
            "--from",
            "2026-10-01",
            "--limit",
            "200",
            "--format",
            "csv");

    assertThat(run.exit).isZero();
    List<String> lines = run.out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,receivedAt,caller,callerStatus,source,heard,best");
    assertThat(lines).hasSize(66);
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(line -> assertThat(line).contains(",****0147,"));
  }

  @Test
  void history_asJson_isOnlyJson() throws Exception {
    Run run =
        run(
            "history",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-01",
            "--limit",
            "3",
            "--format",
            "json");

    JsonNode body = new ObjectMapper().readTree(run.out);
    assertThat(body.path("calls").size()).isEqualTo(3);
  }

  @Test
  void stats_showTheDay_inTables_andAsCsv() {
    Run table = run("stats", "--from", "2026-10-01", "--to", "2026-10-01");
    Run csv = run("stats", "--from", "2026-09-30", "--to", "2026-10-01", "--format", "csv");

    assertThat(table.out)
        .contains("2026-10-01 to 2026-10-01: 131 call(s)", "withheld", "TOP AREA CODE");
    assertThat(table.out).containsPattern("(?m)^\\+1 800 +65$");
    assertThat(table.out)
        .containsPattern("(?m)^CALLER'S NUMBER +SHARE OF CALLS$")
        .containsPattern("(?m)^ANSWERED FROM +SHARE OF CALLS$");
    assertThat(csv.out.lines().toList()).hasSize(3);
    assertThat(csv.out.lines().toList().get(2)).startsWith("2026-10-01,131,130,1,0,");
  }

  @Test
  void aQueryTheApiRefuses_exits2_withTheApisMessage() {
    Run run = run("stats", "--from", "2026-10-02", "--to", "2026-10-01");

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("vanitycall stats: from must not be after to");
  }

  @Test
  void stats_inATimeZone_areTheLocalDaysAndHours_andAnyOtherZoneNamesSql() throws Exception {
    Run newYork =
        run("stats", "--from", "2026-10-01", "--tz", "America/New_York", "--format", "json");
    Run table = run("stats", "--from", "2026-10-01", "--tz", "America/New_York");
    Run india = run("stats", "--from", "2026-10-01", "--tz", "Asia/Kolkata");
    Run mars = run("stats", "--from", "2026-10-01", "--tz", "Mars/Olympus");

    JsonNode body = new ObjectMapper().readTree(newYork.out);
    assertThat(body.path("tz").asText()).isEqualTo("America/New_York");
    assertThat(body.path("calls").asLong()).isEqualTo(131);
    // 10:00-13:53 UTC is 06:00-09:53 in New York (EDT, UTC-4)
    assertThat(body.path("callsPerHour").get(6).asLong()).isEqualTo(60);
    assertThat(body.path("callsPerHour").get(10).asLong()).isZero();
    assertThat(body.path("sharesAndTopListsOfUtcDays").path("to").asText()).isEqualTo("2026-10-02");
    assertThat(table.out).contains("HOUR (America/New_York)", "counted by UTC day");
    assertThat(india.exit).isEqualTo(2);
    assertThat(india.err).contains("Asia/Kolkata is +05:30 from UTC", "./vanitycall sql --query");
    assertThat(mars.exit).isEqualTo(2);
    assertThat(mars.err).contains("Mars/Olympus", "./vanitycall sql --query");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", web.url().toString(), "--region", "us-east-1"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }
}
