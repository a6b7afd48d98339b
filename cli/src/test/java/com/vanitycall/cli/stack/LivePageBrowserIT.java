package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StoredData;
import com.vanitycall.local.web.HistoryLoader;
import com.vanitycall.local.web.LocalWeb;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page in real headless Chromium, on the local stack: calls placed through the contact flow
 * appear by themselves within 2 seconds of being stored, newest first and masked; a stored value
 * that looks like HTML is shown as text and runs nothing; with the WebSocket down, polling keeps
 * the page current. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePageBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration STORED = Duration.ofSeconds(60);
  private static final Duration ON_THE_PAGE = Duration.ofSeconds(2);
  private static final String PAYLOAD = "<img src=x onerror=alert(1)>";

  /**
   * The live socket's idle timeout here: API Gateway's 10 minutes scaled down, so that the page's
   * keep-alive (nine tenths of it, as config.json says) is seen to hold a quiet feed open.
   */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);

  private static LocalStack stack;
  private static LocalWeb web;
  private static SimulatedPhone phone;
  private static StoredData stored;
  private static Path profile;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assertThat(CHROMIUM)
        .as("Debian's chromium and chromium-driver (./vanitycall test installs them)")
        .isExecutable();
    assertThat(CHROMEDRIVER).isExecutable();
    stack = LocalStack.inMemory();
    stack.startPipeline(PipeListener.NONE);
    web = LocalWeb.start(stack, 0, IDLE_TIMEOUT);
    phone = SimulatedPhone.on(stack.environment());
    stored = new StoredData(stack.dynamoDb(), stack.options().names());
    profile = Files.createTempDirectory("vanitycall-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=390,1200",
        "--user-data-dir=" + profile);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
    browser.get(web.url().toString());
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      try (LocalStack stopping = stack) {
        if (phone != null) {
          phone.close();
        }
        if (web != null) {
          web.close();
        }
      } finally {
        if (profile != null) {
          try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
          }
        }
      }
    }
  }

  @Test
  @Order(1)
  void callsAppearWithin2Seconds_newestFirst_masked() throws IOException {
    await().atMost(Duration.ofSeconds(10)).until(() -> status().equals("Live"));
    List<String> numbers = List.of("+18003569377", "+18004685865", "+13035557325");
    for (String number : numbers) {
      phoneAndSee(number);
    }

    assertThat(callers()).startsWith("****7325", "****5865", "****9377");
    assertThat(browser.getPageSource()).doesNotContain("3569377", "4685865", "3035557325");
    assertThat(browser.findElement(By.id("announcer")).getText()).contains("****7325");
    screenshot("live-calls");
  }

  @Test
  @Order(2)
  void aStoredValueThatLooksLikeHtml_isShownAsText_andRunsNothing() throws IOException {
    HistoryLoader loader =
        new HistoryLoader(
            stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK));
    CallEvent event =
        new CallEvent(
            1,
            "xss-1",
            "+16175552665",
            CallerStatus.VALID,
            Instant.now(),
            List.of(),
            VanitySource.QUICK,
            500);
    loader.write(event, List.of(new Vanity("1-617-555-COOL", List.of(PAYLOAD), 900, "COOL")));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.findElement(By.id("top-words")).getText().contains(PAYLOAD));
    await().atMost(ON_THE_PAGE).until(() -> callers().get(0).equals("****2665"));
    assertThat(browser.findElements(By.cssSelector("#top-words img, #recent img"))).isEmpty();
    assertThat(noAlert()).isTrue();
    screenshot("stored-html-as-text");
  }

  @Test
  @Order(3)
  void withTheWebSocketDown_pollingKeepsThePageCurrent() throws IOException {
    web.pauseLive();
    await().atMost(Duration.ofSeconds(5)).until(() -> status().startsWith("Live feed down"));

    phoneAndSee("+18886927753");
    phoneAndSee("+18007246837");

    assertThat(callers()).startsWith("****6837", "****7753");
    assertThat(status()).startsWith("Live feed down");
    screenshot("polling");
    web.resumeLive();
    await().atMost(Duration.ofSeconds(10)).until(() -> status().equals("Live"));
  }

  /**
   * Nothing happens for three times the socket's idle timeout: the page's ping keeps it open, so
   * the feed never drops to polling (without it, the server closes the socket after 4 s).
   */
  @Test
  @Order(4)
  void aQuietPage_staysLive_pastTheSocketsIdleTimeout() {
    await().atMost(Duration.ofSeconds(10)).until(() -> status().equals("Live"));

    await()
        .during(IDLE_TIMEOUT.multipliedBy(3))
        .atMost(IDLE_TIMEOUT.multipliedBy(4))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status().equals("Live"));
  }

  /** Places a call through the contact flow; once the pipeline stored it, the page shows it. */
  private static void phoneAndSee(String number) {
    int before = stored.calls().size();
    phone.call(number);
    await().atMost(STORED).until(() -> stored.calls().size() > before);
    String masked = "****" + number.substring(number.length() - 4);
    await()
        .atMost(ON_THE_PAGE)
        .until(() -> !callers().isEmpty() && callers().get(0).equals(masked));
  }

  /** The callers the table shows, top to bottom (read in one go: the page replaces its rows). */
  @SuppressWarnings("unchecked")
  private static List<String> callers() {
    return (List<String>)
        browser.executeScript(
            "return Array.from(document.querySelectorAll("
                + "\"#recent-calls td[data-label='Caller']\"), td => td.textContent);");
  }

  private static String status() {
    return browser.findElement(By.id("feed-status")).getText();
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
