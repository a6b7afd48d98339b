package com.vanitycall.local.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.stack.LocalStack;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route of the API and every kind of bad input, over real HTTP to the local server, on a
 * history the pipeline's writer stored in DynamoDB Local.
 */
class ApiIT {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A past day of its own, so the figures do not depend on today's date. */
  private static final Instant DAY = Instant.parse("2026-10-01T00:00:00Z");

  private static final String FLOWERS = "+18003569377";
  private static final String OTHER = "+12125550147";

  /** The live-feed test's calls: a caller and a day no other test reads. */
  private static final String LIVE = "+16175552665";

  private static final Instant LIVE_DAY = Instant.parse("2026-08-01T12:00:00Z");

  private static LocalStack stack;
  private static LocalWeb web;
  private static HistoryLoader loader;
  private static final List<String> RECENT = new ArrayList<>();

  @BeforeAll
  static void start() {
    stack = LocalStack.inMemory();
    web = LocalWeb.start(stack, 0);
    loader =
        new HistoryLoader(
            stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK));
    List<CallEvent> history = new ArrayList<>();
    // 2026-10-01: six calls from FLOWERS (10:00..15:00), four from OTHER (10:30..13:30), one
    // withheld, one invalid; 2026-10-02: one from FLOWERS
    for (int i = 0; i < 6; i++) {
      history.add(
          valid("f-" + i, FLOWERS, DAY.plusSeconds(36_000 + i * 3600L), VanitySource.QUICK));
    }
    for (int i = 0; i < 4; i++) {
      history.add(valid("o-" + i, OTHER, DAY.plusSeconds(37_800 + i * 3600L), VanitySource.CACHE));
    }
    history.add(CallEvent.fallback("w-1", CallerStatus.WITHHELD, DAY.plusSeconds(40_000), 30));
    history.add(CallEvent.fallback("i-1", CallerStatus.INVALID, DAY.plusSeconds(41_000), 30));
    history.add(valid("f-next-day", FLOWERS, DAY.plusSeconds(86_400 + 60), VanitySource.CACHE));
    // the last callers: seven in the last minutes
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < 7; i++) {
      String id = "recent-" + i;
      history.add(valid(id, "+1415555010" + i, now.minusSeconds(70 - i * 10L), VanitySource.QUICK));
      RECENT.add(0, id);
    }
    // what a load tool made: the newest calls of all, and three on the figures' day; no default
    // read may show them
    for (int i = 0; i < 3; i++) {
      history.add(
          valid("load-" + i, "+1415555020" + i, now.minusSeconds(5 - i), VanitySource.QUICK)
              .asSynthetic());
      history.add(
          valid("load-day-" + i, FLOWERS, DAY.plusSeconds(39_600 + i), VanitySource.QUICK)
              .asSynthetic());
    }
    assertThat(loader.write(history)).isZero();
  }

  @AfterAll
  static void stop() {
    try (LocalStack closing = stack) {
      web.close();
    }
  }

  @Test
  void recent_answersTheLastFiveCallers_newestFirst_masked() throws Exception {
    HttpResponse<String> response = get("/api/recent");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode calls = JSON.readTree(response.body()).path("calls");
    assertThat(ids(calls)).containsExactlyElementsOf(RECENT.subList(0, 5));
    assertThat(calls.get(0).path("caller").asText()).isEqualTo("****0106");
    assertThat(calls.get(0).path("callerStatus").asText()).isEqualTo("VALID");
    assertThat(calls.get(0).path("best").size()).isBetween(1, 5);
    assertThat(calls.get(0).has("heard")).isTrue();
    assertThat(response.body()).doesNotContain("+1415555010");
  }

  @Test
  void syntheticCalls_areInNoDefaultAnswer_andInTheAnalystsAnswersWhenAskedFor() throws Exception {
    String day = "from=2026-10-01&to=2026-10-01";

    JsonNode calls = JSON.readTree(get("/api/calls?" + day + "&limit=100").body()).path("calls");
    JsonNode withSynthetic =
        JSON.readTree(get("/api/calls?" + day + "&limit=100&synthetic=true").body()).path("calls");
    JsonNode stats = JSON.readTree(get("/api/stats?" + day).body());
    JsonNode statsWithSynthetic =
        JSON.readTree(get("/api/stats?" + day + "&synthetic=true").body());

    assertThat(ids(calls)).hasSize(12).noneMatch(id -> id.startsWith("load"));
    assertThat(ids(withSynthetic)).hasSize(15).contains("load-day-0", "load-day-1", "load-day-2");
    assertThat(withSynthetic.findValues("synthetic")).hasSize(3).allMatch(JsonNode::asBoolean);
    assertThat(stats.path("calls").asLong()).isEqualTo(12);
    assertThat(statsWithSynthetic.path("calls").asLong()).isEqualTo(15);
    assertThat(JSON.readTree(get("/api/recent?limit=20").body()).toString())
        .doesNotContain("load-");
    assertThat(get("/api/calls?synthetic=yes").statusCode()).isEqualTo(400);
  }

  @Test
  void recent_takesALimitFrom1To20() throws Exception {
    assertThat(JSON.readTree(get("/api/recent?limit=1").body()).path("calls").size()).isEqualTo(1);
    assertThat(JSON.readTree(get("/api/recent?limit=20").body()).path("calls").size()).isEqualTo(7);
  }

  @Test
  void recent_answers304_whenThePageHasTheSameAnswer() throws Exception {
    HttpResponse<String> first = get("/api/recent");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(url("/api/recent")).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=1");
  }

  @Test
  void calls_ofOneCaller_areTheirs_newestFirst() throws Exception {
    JsonNode page =
        JSON.readTree(
            get("/api/calls?caller=" + enc(FLOWERS) + "&from=2026-09-01&to=2026-10-31").body());

    assertThat(ids(page.path("calls")))
        .containsExactly("f-next-day", "f-5", "f-4", "f-3", "f-2", "f-1", "f-0");
    assertThat(page.path("nextCursor").isNull()).isTrue();
  }

  @Test
  void calls_inARange_comePageByPage_withoutGapsOrRepeats() throws Exception {
    String query = "/api/calls?from=2026-10-01&to=2026-10-01&limit=5";
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          JSON.readTree(get(query + (cursor == null ? "" : "&cursor=" + enc(cursor))).body());
      seen.addAll(ids(page.path("calls")));
      cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen)
        .containsExactly(
            "f-5", "f-4", "o-3", "f-3", "o-2", "f-2", "o-1", "i-1", "w-1", "f-1", "o-0", "f-0");
  }

  @Test
  void calls_asCsv_haveAHeaderRow_andParseBackPerRfc4180() throws Exception {
    HttpResponse<String> response = get("/api/calls?from=2026-10-01&to=2026-10-01&format=csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<CSVRecord> rows = csvRows(response.body());
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).get("id")).isEqualTo("f-5");
    assertThat(rows.get(0).get("caller")).isEqualTo("****9377");
    assertThat(rows.get(0).get("receivedAt")).isEqualTo("2026-10-01T15:00:00Z");
    assertThat(response.body())
        .startsWith("id,receivedAt,caller,callerStatus,source,heard,best\r\n");
  }

  @Test
  void stats_overOneDay_countEveryCallByHourStatusSourceAndWord() throws Exception {
    JsonNode stats = JSON.readTree(get("/api/stats?from=2026-10-01&to=2026-10-01").body());

    assertThat(stats.path("calls").asLong()).isEqualTo(12);
    assertThat(stats.path("callsPerHour").get(10).asLong()).isEqualTo(2);
    assertThat(stats.path("callsPerHour").get(11).asLong()).isEqualTo(4);
    long perHour = 0;
    for (JsonNode hour : stats.path("callsPerHour")) {
      perHour += hour.asLong();
    }
    assertThat(perHour).isEqualTo(12);
    assertThat(stats.at("/shares/withheld").asDouble()).isEqualTo(0.0833);
    assertThat(stats.at("/shares/invalid").asDouble()).isEqualTo(0.0833);
    assertThat(stats.at("/shares/cache").asDouble()).isEqualTo(0.3333);
    assertThat(stats.path("topAreas").get(0).path("area").asText()).isEqualTo("1800");
    assertThat(stats.path("topAreas").get(0).path("calls").asLong()).isEqualTo(6);
    assertThat(stats.path("topWords").size()).isPositive();
  }

  @Test
  void today_isTodaysCountsOnly_asStatsForTheDay_andCacheable() throws Exception {
    HttpResponse<String> response = get("/api/today");
    JsonNode today = JSON.readTree(response.body());
    String day = today.path("day").asText();
    JsonNode stats = JSON.readTree(get("/api/stats?from=" + day + "&to=" + day).body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=5");
    assertThat(today.properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("day", "calls", "callsPerHour", "topWords");
    assertThat(today.path("calls")).isEqualTo(stats.path("calls"));
    assertThat(today.path("callsPerHour")).isEqualTo(stats.path("callsPerHour"));
    assertThat(today.path("topWords")).isEqualTo(stats.path("topWords"));
  }

  @Test
  void stats_overARange_addTheDaysUp_andListEveryDay() throws Exception {
    JsonNode stats = JSON.readTree(get("/api/stats?from=2026-09-30&to=2026-10-02").body());

    assertThat(stats.path("calls").asLong()).isEqualTo(13);
    assertThat(stats.path("callsPerDay").size()).isEqualTo(3);
    assertThat(stats.path("callsPerDay").get(0).path("calls").asLong()).isZero();
    assertThat(stats.path("callsPerDay").get(2).path("calls").asLong()).isEqualTo(1);
  }

  @Test
  void stats_asCsv_haveOneRowPerDay() throws Exception {
    String body = get("/api/stats?from=2026-10-01&to=2026-10-02&format=csv").body();

    List<CSVRecord> rows = csvRows(body);
    assertThat(rows).extracting(r -> r.get("day")).containsExactly("2026-10-01", "2026-10-02");
    assertThat(rows.get(0).get("calls")).isEqualTo("12");
    assertThat(rows.get(0).get("hour11")).isEqualTo("4");
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("/api/recent?limit=0", "limit must be a whole number from 1 to 20"),
        Arguments.of("/api/recent?limit=21", "limit must be a whole number from 1 to 20"),
        Arguments.of("/api/recent?limit=five", "limit must be a whole number from 1 to 20"),
        Arguments.of("/api/recent?since=yesterday", "unknown parameter since"),
        Arguments.of(
            "/api/today?day=2026-10-01", "unknown parameter day: this route takes no parameters"),
        Arguments.of("/api/calls?from=2026-10-01&from=2026-10-02", "from is given more than once"),
        Arguments.of("/api/calls?limit=101", "limit must be a whole number from 1 to 100"),
        Arguments.of("/api/calls?limit=-1", "limit must be a whole number from 1 to 100"),
        Arguments.of("/api/calls?from=yesterday", "from must be a time such as"),
        Arguments.of("/api/calls?to=2026-13-01", "to must be a time such as"),
        Arguments.of("/api/calls?from=2026-10-02&to=2026-10-01", "from must not be after to"),
        Arguments.of("/api/calls?from=2026-01-01&to=2026-10-01", "is over 92 days"),
        Arguments.of("/api/calls?caller=12345", "caller must be a phone number in E.164 form"),
        Arguments.of("/api/calls?format=xml", "format must be json or csv"),
        Arguments.of("/api/calls?page=2", "unknown parameter page"),
        Arguments.of("/api/calls?cursor=not-a-cursor", "cursor is not valid for this query"),
        Arguments.of("/api/stats?from=2026-10-32", "from must be a date such as 2026-11-22"),
        Arguments.of("/api/stats?to=1%2F10%2F2026", "to must be a date such as 2026-11-22"),
        Arguments.of("/api/stats?from=2026-10-02&to=2026-10-01", "from must not be after to"),
        Arguments.of("/api/stats?from=2026-01-01&to=2026-04-03", "is over 92 days"),
        Arguments.of("/api/stats?caller=" + enc(FLOWERS), "unknown parameter caller"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badInput_isA400_thatSaysWhatToFix(String path, String message) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("error").asText()).contains(message);
    assertNothingInternal(response.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/calls?limit=%ff",
        "/api/calls?limit=%",
        "/api/calls?limit=%zz",
        "/api/calls?cursor=%c3%28",
        "/api/recent?%ff=1"
      })
  void aQueryThatIsNotPercentEncodedUtf8_isA400WithAJsonBody(String target) throws Exception {
    RawResponse response = raw(target, "localhost");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.head()).containsIgnoringCase("content-type: application/json");
    assertThat(JSON.readTree(response.body()).path("error").asText())
        .startsWith("the query string");
    assertNothingInternal(response.body());
    assertThat(response.body()).doesNotContain("Utf8").doesNotContain("jetty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/%ff", "/api/calls/%c3%28", "/%zz"})
  void aPathThatIsNotPercentEncodedUtf8_isA400WithAJsonBody_notJettysPage(String target)
      throws Exception {
    RawResponse response = raw(target, "localhost");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.head()).containsIgnoringCase("content-type: application/json");
    assertThat(JSON.readTree(response.body()).path("error").asText())
        .startsWith("the request could not be read (HTTP 400");
    assertThat(response.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("jetty");
  }

  @Test
  void theLiveSocketsAddress_isTheServersOwn_whateverHostTheRequestNames() throws Exception {
    RawResponse config = raw("/config.json", "evil.example:666");

    assertThat(config.status()).isEqualTo(200);
    assertThat(JSON.readTree(config.body()).path("webSocketUrl").asText())
        .isEqualTo(web.liveUrl().toString())
        .doesNotContain("evil");
  }

  @Test
  void aRangeTooLong_namesItsEnds_toTheSecond() throws Exception {
    HttpResponse<String> response = get("/api/calls?from=2026-01-01");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("error").asText())
        .matches(
            "the range from 2026-01-01T00:00:00Z to \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"
                + " is over 92 days: ask for less");
  }

  @Test
  void aForgedCursor_isA400_notAReadFromElsewhere() throws Exception {
    String query = "/api/calls?from=2026-10-01&to=2026-10-01&limit=2";
    String cursor = JSON.readTree(get(query).body()).path("nextCursor").asText();
    int dot = cursor.indexOf('.');
    String otherPosition =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("1759300000000:o-0".getBytes(StandardCharsets.UTF_8));
    String forged = otherPosition + cursor.substring(dot);
    int last = cursor.length() - 1;
    char signatureChar = cursor.charAt(last - 1);
    String flipped =
        cursor.substring(0, last - 1) + (signatureChar == 'A' ? 'B' : 'A') + cursor.charAt(last);

    for (String bad : List.of(forged, flipped, cursor + "x", "." + cursor.substring(dot + 1))) {
      HttpResponse<String> response = get(query + "&cursor=" + enc(bad));
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.body()).contains("cursor is not valid for this query");
    }
    assertThat(get(query + "&cursor=" + enc(cursor)).statusCode()).isEqualTo(200);
  }

  @Test
  void aCursorOfAnotherQuery_isA400() throws Exception {
    String cursor =
        JSON.readTree(get("/api/calls?from=2026-10-01&to=2026-10-01&limit=2").body())
            .path("nextCursor")
            .asText();

    HttpResponse<String> otherRange =
        get("/api/calls?from=2026-09-30&to=2026-10-01&limit=2&cursor=" + enc(cursor));
    HttpResponse<String> otherCaller =
        get(
            "/api/calls?caller="
                + enc(OTHER)
                + "&from=2026-10-01&to=2026-10-01&limit=2&cursor="
                + enc(cursor));

    assertThat(otherRange.statusCode()).isEqualTo(400);
    assertThat(otherCaller.statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownRoute_isA404() throws Exception {
    for (String path : List.of("/api/nothing", "/api/", "/api/recent/5")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(JSON.readTree(response.body()).path("error").asText()).contains("no such route");
      assertNothingInternal(response.body());
    }
  }

  @Test
  void aWrongMethod_isA405_thatNamesTheAllowedOne() throws Exception {
    for (String path : List.of("/api/recent", "/api/today", "/api/calls", "/api/stats")) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(url(path))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(405);
      assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD");
      assertNothingInternal(response.body());
    }
  }

  @Test
  void head_isAnsweredAsGet_withoutTheBody_onTheApiAndThePage() throws Exception {
    for (String path : List.of("/api/recent?limit=3", "/api/today", "/", "/app.js")) {
      HttpResponse<String> get = get(path);
      HttpResponse<String> head =
          HTTP.send(
              HttpRequest.newBuilder(url(path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("content-type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("content-type"));
      assertThat(head.headers().firstValue("etag"))
          .as(path)
          .isEqualTo(get.headers().firstValue("etag"));
    }
  }

  @Test
  void thePage_andItsConfiguration_areServedWithSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/");
    HttpResponse<String> config = get("/config.json");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("The last five callers");
    assertThat(page.headers().firstValue("content-security-policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(JSON.readTree(config.body()).path("webSocketUrl").asText())
        .startsWith("ws://")
        .endsWith("/live");
  }

  @Test
  void theLiveSocket_receivesNewCalls_shapedAsRecentAnswersThem() throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    AtomicInteger attempts = new AtomicInteger();
    WebSocket socket = liveSocket(received);
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                // until the socket is registered, a call may go unseen: write until one is seen
                loader.write(
                    List.of(valid("live-" + received.size(), LIVE, LIVE_DAY, VanitySource.QUICK)));
                assertThat(received.poll(1, TimeUnit.SECONDS)).isNotNull();
              });
      loader.write(List.of(valid("live-last", LIVE, LIVE_DAY.plusSeconds(60), VanitySource.CACHE)));
      JsonNode calls = JSON.readTree(received.poll(10, TimeUnit.SECONDS)).path("calls");
      assertThat(calls).hasSize(1);
      JsonNode call = calls.get(0);
      assertThat(call.path("id").asText()).isEqualTo("live-last");
      assertThat(call.path("caller").asText()).isEqualTo("****2665");
      assertThat(call.path("best").size()).isPositive();
    } finally {
      socket.abort();
    }
  }

  /** As API Gateway's $default route with a route response: the page's keep-alive is answered. */
  @Test
  void theLiveSocket_answersAPagesPing_withAPong() throws Exception {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocket socket = liveSocket(received);
    try {
      socket.sendText("{\"action\":\"ping\"}", true).get(10, TimeUnit.SECONDS);
      assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"action\":\"pong\"}");
      assertThat(JSON.readTree(get("/config.json").body()).path("keepAliveSeconds").asInt())
          .isEqualTo(540);
    } finally {
      socket.abort();
    }
  }

  /** A socket to the live feed at config.json's URL, every text message it receives queued. */
  private static WebSocket liveSocket(BlockingQueue<String> received) throws Exception {
    return HTTP.newWebSocketBuilder()
        .buildAsync(
            URI.create(JSON.readTree(get("/config.json").body()).path("webSocketUrl").asText()),
            new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(
                  WebSocket webSocket, CharSequence data, boolean last) {
                received.add(data.toString());
                return WebSocket.Listener.super.onText(webSocket, data, last);
              }
            })
        .get(10, TimeUnit.SECONDS);
  }

  private static void assertNothingInternal(String body) {
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("com.vanitycall")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("dynamo")
        .doesNotContain(stack.options().names().callsTable());
  }

  /** The rows of an RFC 4180 table with a header row, read by commons-csv. */
  private static List<CSVRecord> csvRows(String body) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(body))
        .getRecords();
  }

  private static CallEvent valid(String id, String number, Instant at, VanitySource source) {
    return new CallEvent(1, id, number, CallerStatus.VALID, at, List.of(), source, 700);
  }

  private static List<String> ids(JsonNode calls) {
    List<String> ids = new ArrayList<>();
    calls.forEach(call -> ids.add(call.path("id").asText()));
    return ids;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private record RawResponse(int status, String head, String body) {}

  /**
   * One GET over a plain socket, for what {@link HttpClient} will not send: a target that is no
   * valid URI, or a Host header of the client's choosing.
   */
  private static RawResponse raw(String target, String host) throws IOException {
    try (Socket socket = new Socket(web.url().getHost(), web.url().getPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int blank = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, blank);
      return new RawResponse(
          Integer.parseInt(head.split(" ")[1]), head, answer.substring(blank + 4).strip());
    }
  }

  private static URI url(String path) {
    return web.url().resolve(path);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
