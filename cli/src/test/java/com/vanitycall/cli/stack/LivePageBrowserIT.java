package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.loadtest.HeadlessChromium;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StoredData;
import com.vanitycall.local.web.HistoryLoader;
import com.vanitycall.local.web.LocalWeb;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in real headless Chromium, on the local stack, in each of its states (no calls yet,
 * live, reconnecting, unreachable), each screenshotted (target/screenshots) at a phone's and a
 * desktop's size, light and dark, and checked there by axe-core. Calls placed through the contact
 * flow appear by themselves within 2 seconds of being stored, newest first, masked, in the viewer's
 * own time; what a caller heard and what was found after the call are told apart; a stored value
 * that looks like HTML is shown as text and runs nothing; a load tool's call is never shown; with
 * the WebSocket down polling keeps the page current; with the server gone the page says so, backs
 * off, and comes back by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePageBrowserIT {

  private static final Duration STORED = Duration.ofSeconds(60);
  private static final Duration ON_THE_PAGE = Duration.ofSeconds(2);
  private static final String PAYLOAD = "<img src=x onerror=alert(1)>";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The viewer's zone: half an hour off UTC, so a UTC time never passes for the local one. */
  private static final ZoneId VIEWER = ZoneId.of("Asia/Kolkata");

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** The back-off shortened for the test (the page's own is 1 s, 2 s, 4 s ... at most 30 s). */
  private static final String FAST_RETRY = "?retryFirstMs=250&retryMaxMs=2000";

  private static final List<Double> FAST_GAPS = List.of(0.25, 0.5, 1.0, 2.0, 2.0);
  private static final double FAST_CAP = 2.0;

  /**
   * The live socket's idle timeout here: API Gateway's 10 minutes scaled down, so that the page's
   * keep-alive (nine tenths of it, as config.json says) is seen to hold a quiet feed open.
   */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);

  private static LocalStack stack;
  private static LocalWeb web;
  private static int port;
  private static SimulatedPhone phone;
  private static StoredData stored;
  private static HistoryLoader loader;
  private static HeadlessChromium chromium;
  private static ChromeDriver browser;
  private static AxeCore axe;
  private static final NetworkLog network = new NetworkLog();
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    axe = AxeCore.load();
    stack = LocalStack.inMemory();
    stack.startPipeline(PipeListener.NONE);
    web = LocalWeb.start(stack, 0, IDLE_TIMEOUT);
    port = web.url().getPort();
    phone = SimulatedPhone.on(stack.environment());
    stored = new StoredData(stack.dynamoDb(), stack.options().names());
    loader =
        new HistoryLoader(
            stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK));
    chromium =
        HeadlessChromium.start(
            options -> {
              options.addArguments("--hide-scrollbars", "--window-size=1280,900");
              NetworkLog.enable(options);
            });
    browser = chromium.driver();
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", VIEWER.getId()));
    browser.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-GB"));
    Viewport.DESKTOP.apply(browser);
    browser.get(page(FAST_RETRY));
  }

  @AfterAll
  static void stop() throws IOException {
    try (LocalStack stopping = stack;
        SimulatedPhone closingPhone = phone;
        LocalWeb closingWeb = web;
        HeadlessChromium closingChromium = chromium) {
      // closed in the reverse order: the browser first, the stack last
    }
  }

  @Test
  @Order(1)
  void withNoCallsYet_thePageSaysWhatItShows_andHowToPlaceOne() throws IOException {
    awaitState("live", "Live");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !text("hours-summary").isEmpty() && !text("empty").isEmpty());

    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("vanitycall");
    assertThat(text("empty")).contains("No calls yet", "./vanitycall call +1");
    assertThat(browser.findElement(By.id("recent")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector(".legend")).getText())
        .contains("Heard on the call", "Best, found after the call", "next call");
    assertThat(text("hours-summary")).isEqualTo("No calls yet today.");
    inEveryLook("empty");
  }

  @Test
  @Order(2)
  void theIconIsServed_andNothingTheBrowserAsksFor_is404() throws Exception {
    String icon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
    HttpResponse<String> answer = get(URI.create(icon));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(network.requests(browser, "/favicon.svg")).isNotEmpty();
    assertThat(network.requests(browser, "/favicon.ico")).isEmpty();
    assertThat(network.responses(browser)).isNotEmpty().allMatch(r -> r.status() != 404);
  }

  @Test
  @Order(3)
  void callsAppearWithin2Seconds_newestFirst_masked_inTheViewersOwnTime() throws Exception {
    phoneAndSee("+13035557325", "****7325");
    phoneAndSee("anonymous", "Withheld");
    phoneAndSee("+12125550142", "****0142");
    phoneAndSee("+18004685865", "****5865");
    phoneAndSee("+18003569377", "****9377");

    assertThat(callers())
        .containsExactly("****9377", "****5865", "****0142", "Withheld", "****7325");
    assertThat(browser.findElement(By.id("recent")).getAttribute("outerHTML"))
        .doesNotContain("3569377", "4685865", "3035557325", "2125550142", "WITHHELD");
    assertThat(text("announcer")).contains("****9377");
    assertThat(rowText("Withheld")).contains("No number to spell").doesNotContain("WITHHELD");
    assertThat(rowText("****0142")).contains("No word fits this number").doesNotContain("1-212");

    JsonNode recent = JSON.readTree(get(web.url().resolve("/api/recent?limit=5")).body());
    JsonNode newest = recent.path("calls").path(0);
    assertThat(chips("heard")).isEqualTo(texts(newest.path("heard"))).isNotEmpty();
    assertThat(chips("best")).isEqualTo(texts(newest.path("nextCall"))).isNotEmpty();
    assertThat(strings("#recent-calls tr:first-child .best .option.top", "textContent"))
        .containsExactly("Top pick " + newest.path("nextCall").path(0).asText());

    theTimesAreTheViewersOwn(recent);
    theChartHasAxesAndReadableLabels_andItsCountsAreListed();
    itReadsAt320Pixels();
  }

  @Test
  @Order(4)
  void onFirstLoad_theRowsAlreadyThereAreNotFlashedAsNew_onlyALaterCallIs() throws IOException {
    browser.navigate().refresh();
    await().atMost(Duration.ofSeconds(10)).until(() -> callers().size() == 5);
    assertThat(newRows()).isEmpty();
    awaitState("live", "Live");

    phoneAndSee("+18002255669", "****5669");

    assertThat(newRows()).containsExactly("****5669");
    inEveryLook("live");
  }

  /**
   * A word no dictionary has, as if a record had been tampered with: written past the judgment of
   * what is worth saying, straight through the pipeline's ledger.
   */
  @Test
  @Order(5)
  void aStoredValueThatLooksLikeHtml_isShownAsText_andRunsNothing() throws IOException {
    DynamoDbCallLedger ledger =
        new DynamoDbCallLedger(
            stack.dynamoDb(),
            stack.options().names().callsTable(),
            stack.options().names().analyticsTable(),
            Duration.ofDays(1),
            DeadLetters.NOWHERE,
            Clock.systemUTC());
    Vanity tampered = new Vanity("1-617-555-COOL", List.of(PAYLOAD), 900, "COOL");
    ScoredCall scored =
        new ScoredCall(
            "shardId-000000000000:xss-1",
            "xss-1",
            call("+16175552665", Instant.now()),
            List.of(tampered),
            List.of(tampered),
            "test");

    assertThat(ledger.persist(List.of(scored))).isEmpty();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.findElement(By.id("top-words")).getText().contains(PAYLOAD));
    await().atMost(ON_THE_PAGE).until(() -> callers().get(0).equals("****2665"));
    assertThat(browser.findElements(By.cssSelector("#top-words img, #recent img"))).isEmpty();
    assertThat(noAlert()).isTrue();
    screenshot("stored-html-as-text");
  }

  @Test
  @Order(6)
  void aLoadToolsCall_isNeverShown() {
    loader.write(List.of(call("+18009275464", Instant.now()).asSynthetic()));
    loader.write(List.of(call("+18004653367", Instant.now().plusMillis(1))));

    await().atMost(ON_THE_PAGE.multipliedBy(5)).until(() -> callers().get(0).equals("****3367"));
    assertThat(callers()).doesNotContain("****5464");

    browser.navigate().refresh();
    await().atMost(Duration.ofSeconds(10)).until(() -> callers().size() == 5);
    assertThat(callers()).first().isEqualTo("****3367");
    assertThat(callers()).doesNotContain("****5464");
  }

  @Test
  @Order(7)
  void withTheWebSocketDown_pollingKeepsThePageCurrent() throws IOException {
    awaitState("live", "Live");
    web.pauseLive();
    awaitState("reconnecting", "Reconnecting");

    phoneAndSee("+18886927753", "****7753");
    phoneAndSee("+18007246837", "****6837");

    try {
      assertThat(callers()).startsWith("****6837", "****7753");
      assertThat(state()).isEqualTo("reconnecting");
      assertThat(text("feed-detail")).contains("checking for new calls every second");
      inEveryLook("reconnecting");
    } finally {
      web.resumeLive();
    }
    awaitState("live", "Live");
  }

  /**
   * Nothing happens for three times the socket's idle timeout: the page's ping keeps it open, so
   * the feed never drops to polling (without it, the server closes the socket after 4 s).
   */
  @Test
  @Order(8)
  void aQuietPage_staysLive_pastTheSocketsIdleTimeout() {
    awaitState("live", "Live");

    await()
        .during(IDLE_TIMEOUT.multipliedBy(3))
        .atMost(IDLE_TIMEOUT.multipliedBy(4))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> state().equals("live"));
  }

  /**
   * The server goes away: the page says it cannot reach it and since when its calls date, and
   * retries after 250 ms, 500 ms, 1 s, 2 s, 2 s (the test's short back-off); the server comes back
   * and the page is live again by itself.
   */
  @Test
  @Order(9)
  void withTheServerGone_thePageSaysSo_backsOff_andComesBackByItself() throws IOException {
    awaitState("live", "Live");
    network.clear(browser);
    List<String> shown = callers();

    web.close();
    web = null;

    awaitState("unreachable", "Offline");
    Instant updatedBefore = lastUpdated();
    assertThat(text("feed-detail")).startsWith("Can't reach vanitycall. Trying again in");
    assertThat(text("stale-note")).startsWith("These are the calls as of ");
    assertThat(callers()).isEqualTo(shown);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> network.failedRequests(browser, "/api/recent").size() > FAST_GAPS.size());
    List<Double> gaps = gaps(network.failedRequests(browser, "/api/recent"));
    for (int i = 0; i < FAST_GAPS.size(); i++) {
      assertThat(gaps.get(i))
          .as("wait before retry %d: %s", i + 1, gaps)
          .isGreaterThan(FAST_GAPS.get(i) - 0.01);
    }
    assertThat(gaps.subList(3, FAST_GAPS.size()))
        .as("capped at %s s, not doubling on: %s", FAST_CAP, gaps)
        .allMatch(gap -> gap < 2 * FAST_CAP);
    assertThat(network.webSockets(browser)).hasSizeLessThanOrEqualTo(1);
    assertThat(lastUpdated()).isEqualTo(updatedBefore);
    inEveryLook("unreachable");

    web = LocalWeb.start(stack, port, IDLE_TIMEOUT);

    awaitState("live", "Live");
    assertThat(browser.findElement(By.id("stale-note")).isDisplayed()).isFalse();
    assertThat(lastUpdated()).isAfter(updatedBefore);
  }

  /** The page's own back-off, with no test parameter: 1 s, then 2 s, then 4 s. */
  @Test
  @Order(10)
  void theShippedBackOff_waits1Second_then2_then4() {
    browser.get(page(""));
    awaitState("live", "Live");
    network.clear(browser);

    web.close();
    web = null;

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> network.failedRequests(browser, "/api/recent").size() >= 3);
    List<Double> gaps = gaps(network.failedRequests(browser, "/api/recent"));
    assertThat(gaps.get(0)).as("%s", gaps).isBetween(0.99, 2.0);
    assertThat(gaps.get(1)).as("%s", gaps).isBetween(1.99, 4.0);
    Pattern next = Pattern.compile("Trying again in (\\d+) s\\.");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> seconds(next.matcher(text("feed-detail"))) >= 3);
    assertThat(seconds(next.matcher(text("feed-detail")))).isBetween(3, 4);
  }

  private static int seconds(Matcher matcher) {
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /** Each call's time, and when the page was last updated, in the viewer's zone, saying which. */
  private static void theTimesAreTheViewersOwn(JsonNode recent) {
    List<String> datetimes = strings("#recent-calls time.at", "dateTime");
    List<String> shown = strings("#recent-calls time.at", "textContent");
    List<String> received = new ArrayList<>();
    recent.path("calls").forEach(call -> received.add(call.path("receivedAt").asText()));
    assertThat(datetimes.stream().map(Instant::parse).toList())
        .isEqualTo(received.stream().map(Instant::parse).toList());
    for (int i = 0; i < shown.size(); i++) {
      assertThat(shown.get(i))
          .endsWith(CLOCK.format(Instant.parse(datetimes.get(i)).atZone(VIEWER)));
    }
    assertThat(strings("#recent-calls .ago", "textContent"))
        .allMatch(ago -> ago.matches("just now|\\d+ s ago|\\d+ min ago"));
    assertThat(text("recent-caption"))
        .containsAnyOf("Asia/Kolkata", "Asia/Calcutta")
        .contains("(UTC+05:30)");

    Instant updated = lastUpdated();
    assertThat(updated).isBetween(Instant.now().minusSeconds(30), Instant.now());
    String line = text("last-updated");
    assertThat(line)
        .startsWith("Last updated ")
        .contains(CLOCK.format(updated.atZone(VIEWER)))
        .contains(String.valueOf(updated.atZone(VIEWER).getDayOfMonth()))
        .containsPattern("\\((just now|\\d+ s ago)\\)")
        .contains("(UTC+05:30)");
    assertThat(text("today-day")).contains("00:00 to 24:00 UTC", "05:30", "your time");
  }

  /** Axes with their titles, labels no smaller than 12 px on either screen, the counts listed. */
  private static void theChartHasAxesAndReadableLabels_andItsCountsAreListed() throws Exception {
    for (Viewport viewport : List.of(Viewport.PHONE, Viewport.DESKTOP)) {
      viewport.apply(browser);
      settle();
      assertThat(strings("#hours-chart text", "textContent"))
          .contains("0", "Calls", "Hour of the day (UTC)");
      Number smallest =
          (Number)
              browser.executeScript(
                  "const svg = document.getElementById('hours-chart');"
                      + "const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                      + "return Math.min(...Array.from(svg.querySelectorAll('text'),"
                      + " t => parseFloat(getComputedStyle(t).fontSize) * scale));");
      assertThat(smallest.doubleValue())
          .as("smallest label on a %s, px", viewport.name())
          .isGreaterThanOrEqualTo(11.9);
    }
    int today = JSON.readTree(get(web.url().resolve("/api/today")).body()).path("calls").asInt();
    // every hour of the UTC day so far, the current one last (the page redraws at least every 15 s)
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                strings("#hours-list .count", "textContent").stream()
                            .mapToInt(Integer::parseInt)
                            .sum()
                        == today
                    && strings("#hours-list .hour", "textContent").size()
                        == ZonedDateTime.now(ZoneOffset.UTC).getHour() + 1);
    assertThat(strings("#hours-list .hour", "textContent")).first().isEqualTo("00:00");
  }

  /** Nothing is wider than the narrowest phone: no sideways scrolling. */
  private static void itReadsAt320Pixels() throws IOException {
    try {
      new Viewport("narrow", 320, 640, true, false).apply(browser);
      settle();
      assertThat((Number) browser.executeScript("return document.documentElement.scrollWidth;"))
          .isEqualTo(320L);
      screenshot("live-narrow");
    } finally {
      Viewport.DESKTOP.apply(browser);
    }
  }

  /** Screenshots the page and runs axe-core over it at both sizes, light and dark. */
  private static void inEveryLook(String state) throws IOException {
    try {
      for (Viewport viewport : Viewport.ALL) {
        viewport.apply(browser);
        settle();
        screenshot(state + "-" + viewport.label());
        assertThat(axe.violations(browser))
            .as("axe-core on the %s page, %s", state, viewport.label())
            .isEmpty();
        assertThat(chartLabelContrast())
            .as("the chart's labels against their background, %s", viewport.label())
            .isGreaterThanOrEqualTo(4.5);
      }
    } finally {
      Viewport.DESKTOP.apply(browser);
    }
  }

  /**
   * The lowest contrast ratio (WCAG's) of the chart's labels against the background behind them:
   * axe-core cannot tell for text in an SVG (it leaves such text "to review"), so this measures it.
   */
  private static double chartLabelContrast() {
    return ((Number)
            browser.executeScript(
                "const rgb = c => c.match(/[\\d.]+/g).map(Number);"
                    + "const lum = c => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);"
                    + "const lin = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);"
                    + "let e = document.getElementById('hours-chart'), behind = [255, 255, 255];"
                    + "for (; e; e = e.parentElement) {"
                    + "  const c = rgb(getComputedStyle(e).backgroundColor);"
                    + "  if (c.length < 4 || c[3] > 0) { behind = c; break; } }"
                    + "const b = lum(behind);"
                    + "return Math.min(...Array.from(document.querySelectorAll('#hours-chart text'),"
                    + "  t => { const l = lum(rgb(getComputedStyle(t).fill));"
                    + "         return (Math.max(l, b) + 0.05) / (Math.min(l, b) + 0.05); }));"))
        .doubleValue();
  }

  /** Two animation frames: the page has laid itself out at its new size and redrawn its chart. */
  private static void settle() {
    browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
  }

  /** Places a call through the contact flow; once the pipeline stored it, the page shows it. */
  private static void phoneAndSee(String number, String shownAs) {
    int before = stored.calls().size();
    phone.call(number);
    await().atMost(STORED).until(() -> stored.calls().size() > before);
    await()
        .atMost(ON_THE_PAGE)
        .until(() -> !callers().isEmpty() && callers().get(0).equals(shownAs));
  }

  private static CallEvent call(String number, Instant at) {
    return new CallEvent(
        1,
        UUID.randomUUID().toString(),
        number,
        CallerStatus.VALID,
        at,
        List.of(),
        VanitySource.QUICK,
        500);
  }

  /** The callers the table shows, top to bottom (read in one go: the page replaces its rows). */
  private static List<String> callers() {
    return strings("#recent-calls td.caller", "textContent");
  }

  /** The callers whose rows are marked as new. */
  private static List<String> newRows() {
    return strings("#recent-calls tr.new td.caller", "textContent");
  }

  /** The displays in the newest call's column ({@code heard} or {@code best}), in order. */
  private static List<String> chips(String column) {
    return strings("#recent-calls tr:first-child ." + column + " .display", "textContent");
  }

  private static String rowText(String caller) {
    return (String)
        browser.executeScript(
            "return Array.from(document.querySelectorAll('#recent-calls tr'))"
                + ".find(tr => tr.querySelector('td.caller').textContent === arguments[0])"
                + ".textContent;",
            caller);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(String selector, String property) {
    return (List<String>)
        browser.executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]), e => String(e[arguments[1]]));",
            selector,
            property);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** Seconds between one request and the next. */
  private static List<Double> gaps(List<NetworkLog.Event> requests) {
    return IntStream.range(1, requests.size())
        .mapToObj(i -> requests.get(i).seconds() - requests.get(i - 1).seconds())
        .toList();
  }

  private static Instant lastUpdated() {
    return Instant.parse(
        browser.findElement(By.cssSelector("#last-updated time")).getAttribute("datetime"));
  }

  private static void awaitState(String state, String shown) {
    await().atMost(Duration.ofSeconds(15)).until(() -> state().equals(state));
    assertThat(text("feed-state")).isEqualTo(shown);
  }

  private static String state() {
    return browser.findElement(By.id("feed-status")).getAttribute("data-state");
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static String page(String query) {
    return web.url().resolve("/" + query).toString();
  }

  private static HttpResponse<String> get(URI uri) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static boolean noAlert() {
    try {
      browser.switchTo().alert();
      return false;
    } catch (NoAlertPresentException none) {
      return true;
    }
  }

  private static void screenshot(String name) throws IOException {
    Path directory = Files.createDirectories(Path.of("target", "screenshots"));
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        directory.resolve("live-page-" + name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
