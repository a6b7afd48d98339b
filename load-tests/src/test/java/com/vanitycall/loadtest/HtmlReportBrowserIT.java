package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML reports in real headless Chromium, phone-sized: each loads with no request outside its
 * own file and no console error, opens with its verdict, draws its charts and fits the phone's
 * width. A page that does fetch something is caught by the same checks. Screenshots go to
 * target/screenshots.
 */
class HtmlReportBrowserIT {

  private static final int PHONE_WIDTH = 390;

  @TempDir static Path folder;

  private static HeadlessChromium chromium;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    chromium =
        HeadlessChromium.start(
            options -> {
              options.addArguments("--window-size=" + PHONE_WIDTH + ",844");
              LoggingPreferences logs = new LoggingPreferences();
              logs.enable(LogType.BROWSER, Level.ALL);
              logs.enable(LogType.PERFORMANCE, Level.ALL);
              options.setCapability("goog:loggingPrefs", logs);
            });
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aStormReportWithAFailedThreshold_opensWithItsVerdict_andFetchesNothing() throws IOException {
    LoadReport storm = storm();
    Thresholds thresholds =
        Thresholds.parse(List.of("p99<0.001ms", "errors==0"), "storm", LoadReport.MEASURED);
    LoadReport judged =
        storm.judged(
            RunContext.startingNow(Map.of("workload", "calls at 200/s")).ended(),
            List.of(),
            thresholds.judge(storm.measurements()));
    Path page = folder.resolve("storm.html");
    LoadReportPage.write(judged, "storm, 200/s", "Connect handler answer time", page);

    open(page);

    assertThat(requestsOutside(page)).isEmpty();
    assertThat(consoleErrors()).isEmpty();
    assertThat(browser.findElement(By.cssSelector("body > :first-child")).getAttribute("id"))
        .isEqualTo("verdict");
    assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("FAILED");
    assertThat(browser.getPageSource()).contains("p99&lt;0.001ms", "errors==0", "passed");
    assertThat(browser.findElements(By.cssSelector("svg.chart polyline")))
        .hasSizeGreaterThanOrEqualTo(6)
        .allMatch(line -> !line.getAttribute("points").isBlank());
    assertThat(browser.getPageSource())
        .contains("99.9%", "load average", "intended", "dropped", "calls at 200/s");
    assertThat(fitsThePhone()).isTrue();
    screenshot("storm-report");
  }

  @Test
  void aComparison_andAVerification_passWithTheirVerdicts_andFetchNothing() throws IOException {
    LoadReport base = storm();
    Path compared = folder.resolve("compare.html");
    RunComparison.of("base.json", base, "base-again.json", base, 10).writeHtml(compared);
    Path verified = folder.resolve("verify.html");
    VerifyPage.write(
        new VerifyReport(3, 3, Map.of(), 0, 3, List.of(), List.of(), List.of(), List.of()),
        Map.of("sent", "calls.jsonl"),
        verified);

    for (Path page : List.of(compared, verified)) {
      open(page);

      assertThat(requestsOutside(page)).as(page.toString()).isEmpty();
      assertThat(consoleErrors()).as(page.toString()).isEmpty();
      assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("PASSED");
      assertThat(fitsThePhone()).isTrue();
    }
    assertThat(browser.getPageSource()).contains("nothing lost, nothing doubled");
  }

  @Test
  void aPageThatFetchesSomething_isCaughtByTheseChecks() throws IOException {
    Path page = folder.resolve("fetching.html");
    Files.writeString(
        page,
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
            + HtmlPage.CONTENT_SECURITY_POLICY
            + "\"></head><body><img src=\"http://192.0.2.1/chart.png\"></body></html>");

    open(page);

    assertThat(requestsOutside(page).size() + consoleErrors().size()).isPositive();
  }

  private static void open(Path page) {
    // the logs so far are another page's
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(page.toUri().toString());
  }

  /** Every request the browser made or tried for anything but the page's own file. */
  private static List<String> requestsOutside(Path page) {
    String self = page.toUri().toString();
    List<String> urls =
        browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> message.contains("\"Network.requestWillBeSent\""))
            .map(HtmlReportBrowserIT::requestedUrl)
            .toList();
    Object resources =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    return Stream.concat(urls.stream(), ((List<?>) resources).stream().map(String::valueOf))
        .filter(url -> !url.equals(self) && !url.startsWith("data:"))
        .toList();
  }

  private static String requestedUrl(String message) {
    int at = message.indexOf("\"url\":\"");
    return at < 0 ? message : message.substring(at + 7, message.indexOf('"', at + 7));
  }

  private static List<String> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  private static boolean fitsThePhone() {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  private static LoadReport storm() {
    StormTarget target =
        (contactId, number) -> {
          LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
          return "QUICK";
        };
    return new HandlerStorm(
            target,
            new OpenWorkload(ArrivalRate.stages("1s:200,1s:50"), 50),
            List.of("+18003569377"))
        .run(new PrintWriter(Writer.nullWriter()))
        .report();
  }

  private static void screenshot(String name) throws IOException {
    Path folder = Path.of("target", "screenshots");
    Files.createDirectories(folder);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        folder.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
