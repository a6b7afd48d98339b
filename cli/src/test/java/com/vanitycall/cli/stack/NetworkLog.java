package com.vanitycall.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What the browser sent and received, from ChromeDriver's performance log (the DevTools protocol's
 * Network events): every attempt counts, a request to a stopped server included.
 */
final class NetworkLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One Network event: its method, the request it concerns, its URL (where the event has one), when
   * (s, the browser's clock) and the response's status (0 if none).
   */
  record Event(String method, String requestId, String url, double seconds, int status) {}

  private final List<Event> events = new ArrayList<>();

  /** Turns the performance log on, with the Network domain only. */
  static void enable(ChromeOptions options) {
    LoggingPreferences preferences = new LoggingPreferences();
    preferences.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", preferences);
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
  }

  /** Forgets what was logged so far. */
  void clear(ChromeDriver browser) {
    read(browser);
    events.clear();
  }

  /** The requests sent to URLs containing {@code part}, oldest first, since the last clear. */
  List<Event> requests(ChromeDriver browser, String part) {
    return of(browser, "Network.requestWillBeSent", part);
  }

  /**
   * The requests sent to URLs containing {@code part} that failed (no answer: refused, reset),
   * oldest first, since the last clear.
   */
  List<Event> failedRequests(ChromeDriver browser, String part) {
    List<String> failed =
        of(browser, "Network.loadingFailed", "").stream().map(Event::requestId).toList();
    return requests(browser, part).stream().filter(e -> failed.contains(e.requestId())).toList();
  }

  /** WebSocket connections the page opened (or tried to) since the last clear. */
  List<Event> webSockets(ChromeDriver browser) {
    return of(browser, "Network.webSocketCreated", "");
  }

  /** Every response since the last clear. */
  List<Event> responses(ChromeDriver browser) {
    return of(browser, "Network.responseReceived", "");
  }

  private List<Event> of(ChromeDriver browser, String method, String part) {
    read(browser);
    return events.stream()
        .filter(e -> e.method().equals(method) && e.url().contains(part))
        .toList();
  }

  private void read(ChromeDriver browser) {
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        JsonNode params = message.path("params");
        String url =
            params
                .path("request")
                .path("url")
                .asText(params.path("response").path("url").asText(params.path("url").asText("")));
        events.add(
            new Event(
                message.path("method").asText(),
                params.path("requestId").asText(),
                url,
                params.path("timestamp").asDouble(entry.getTimestamp() / 1000.0),
                params.path("response").path("status").asInt(0)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("ChromeDriver's performance log is not JSON", e);
      }
    }
  }
}
