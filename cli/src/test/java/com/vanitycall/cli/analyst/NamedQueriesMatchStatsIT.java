package com.vanitycall.cli.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.loadtest.LakeHistory;
import com.vanitycall.local.lake.BufferHints;
import com.vanitycall.local.lake.LocalLake;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.web.LocalWeb;
import com.vanitycall.pipeline.handoff.ScoredCallJson;
import com.vanitycall.pipeline.persist.PersistAndCountConfig;
import com.vanitycall.pipeline.persist.PersistAndCountHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two independent paths to one truth: a generated history of three days written by PersistAndCount
 * (as the workflow invokes it) into the counters and, through the local Firehose endpoint, the
 * lake; for every day, the named queries' totals, shares, top words and area codes equal {@code
 * /api/stats}'s. Then the same batches again (a replay): nothing changes on either path.
 */
class NamedQueriesMatchStatsIT {

  private static final Instant END = Instant.parse("2026-10-04T00:00:00Z");
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.parse("2026-10-01"),
          LocalDate.parse("2026-10-02"),
          LocalDate.parse("2026-10-03"));
  private static final int CALLS = 900;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LocalStack stack;
  private static LocalWeb web;
  private static String lakeRoot;
  private static PersistAndCountHandler persistAndCount;
  private static List<String> batches;

  @BeforeAll
  static void writeHistory() throws IOException {
    stack =
        LocalStack.start(
            StackOptions.inMemory()
                .withLakeBuffer(new BufferHints(1 << 20, Duration.ofMillis(300))));
    web = LocalWeb.start(stack, 0);
    lakeRoot = stack.environment().get(LocalLake.LAKE_DIR);
    persistAndCount =
        new PersistAndCountHandler(PersistAndCountConfig.fromEnvironment(stack.environment()));
    batches = batches(callersCalls());
    for (String batch : batches) {
      assertThat(invoke(batch).path("batchItemFailures")).isEmpty();
    }
    awaitLakeRows(CALLS);
  }

  @AfterAll
  static void stop() {
    try (LocalStack stopping = stack) {
      web.close();
    }
  }

  @Test
  void everyDay_theNamedQueries_equalTheApisStatistics_evenAfterAReplay() throws IOException {
    assertEveryDayMatches();

    for (String batch : batches) {
      assertThat(invoke(batch).path("batchItemFailures")).isEmpty();
    }
    awaitLakeRows(2 * CALLS);

    assertEveryDayMatches();
  }

  private static void assertEveryDayMatches() {
    long total = 0;
    for (LocalDate day : DAYS) {
      JsonNode stats = stats(day);
      total += stats.path("calls").asLong();
      JsonNode byStatus = lines(query("calls-by-status", day)).get(0);
      assertThat(byStatus.path("day").asText()).isEqualTo(day.toString());
      assertThat(byStatus.path("calls").asLong())
          .as(day + " calls")
          .isEqualTo(stats.path("calls").asLong());
      for (String status : List.of("valid", "withheld", "invalid")) {
        assertThat(byStatus.path(status + "_share").asDouble())
            .as(day + " " + status)
            .isEqualTo(stats.path("shares").path(status).asDouble());
      }
      List<JsonNode> hours = lines(query("answer-sources-by-hour", day));
      for (String source : List.of("cache", "quick", "fallback")) {
        long count = hours.stream().mapToLong(h -> h.path(source).asLong()).sum();
        double share = Math.round(10_000.0 * count / stats.path("calls").asLong()) / 10_000.0;
        assertThat(share)
            .as(day + " " + source)
            .isEqualTo(stats.path("shares").path(source).asDouble());
      }
      JsonNode perHour = stats.path("callsPerHour");
      for (JsonNode hour : hours) {
        assertThat(hour.path("calls").asLong())
            .as(day + " hour " + hour.path("hour"))
            .isEqualTo(perHour.get(hour.path("hour").asInt()).asLong());
      }
      assertThat(tallies(query("top-words", day), "word"))
          .as(day + " top words")
          .isNotEmpty()
          .isEqualTo(tallies(stats.path("topWords"), "word"));
      assertThat(tallies(query("top-area-codes", day), "country_code", "area_code"))
          .as(day + " top area codes")
          .isEqualTo(tallies(stats.path("topAreas"), "area"));
    }
    assertThat(total).isEqualTo(CALLS);
  }

  /** The generated history as callers' calls, answered from the cache or the quick engine. */
  private static List<CallEvent> callersCalls() {
    return LakeHistory.callersCalls(CALLS, DAYS.size(), 17, END);
  }

  /** The calls scored and shaped as the Map hands them to PersistAndCount, 100 a batch. */
  private static List<String> batches(List<CallEvent> calls) throws IOException {
    VanityEngine engine = VanityEngine.load(Profile.QUICK);
    CallerNumberParser parser = new CallerNumberParser();
    List<String> batches = new ArrayList<>();
    for (int start = 0; start < calls.size(); start += 100) {
      ObjectNode batch = JSON.createObjectNode();
      ArrayNode records = batch.putArray("records");
      for (CallEvent call : calls.subList(start, Math.min(calls.size(), start + 100))) {
        List<Vanity> best =
            call.callerNumber() != null
                    && parser.parse(call.callerNumber()) instanceof CallerNumber.Valid valid
                ? engine.best(valid.phoneNumber())
                : List.of();
        ObjectNode record = records.addObject();
        record.put("eventID", "shardId-000000000000:" + call.eventId());
        record.put("sequenceNumber", call.eventId());
        ScoredCallJson.write(
            record.putObject("scored"),
            call,
            JSON.writeValueAsString(best),
            JSON.writeValueAsString(engine.worthSaying().of(best)),
            engine.dictionaryVersion());
      }
      batches.add(JSON.writeValueAsString(batch));
    }
    return batches;
  }

  private static JsonNode invoke(String batch) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    persistAndCount.handleRequest(
        new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), output, null);
    return JSON.readTree(output.toByteArray());
  }

  private static void awaitLakeRows(int rows) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                CliRun.of(
                        "sql",
                        "SELECT count(*) AS n FROM lake_calls",
                        "--format",
                        "csv",
                        "--lake",
                        lakeRoot)
                    .out()
                    .contains("\r\n" + rows + "\r\n"));
  }

  private static CliRun query(String name, LocalDate day) {
    CliRun run =
        CliRun.of(
            "sql",
            "--query",
            name,
            "--param",
            "from=" + day,
            "--param",
            "to=" + day,
            "--format",
            "json",
            "--lake",
            lakeRoot);
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  private static List<JsonNode> lines(CliRun run) {
    return run.out().lines().map(NamedQueriesMatchStatsIT::json).toList();
  }

  /** Each row as its keys' values, run together, and its calls: {@code 1303=12}. */
  private static List<String> tallies(CliRun run, String... keys) {
    return lines(run).stream()
        .map(
            n ->
                Arrays.stream(keys).map(key -> n.path(key).asText()).collect(Collectors.joining())
                    + "="
                    + n.path("calls").asLong())
        .toList();
  }

  private static List<String> tallies(JsonNode list, String key) {
    List<String> tallies = new ArrayList<>();
    list.forEach(n -> tallies.add(n.path(key).asText() + "=" + n.path("calls").asLong()));
    return tallies;
  }

  private static JsonNode stats(LocalDate day) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(web.url().resolve("/api/stats?from=" + day + "&to=" + day))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return json(response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
