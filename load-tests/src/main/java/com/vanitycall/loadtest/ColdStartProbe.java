package com.vanitycall.loadtest;

import com.vanitycall.connect.ConnectHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link ColdStarts}: builds the handler as the Lambda runtime does (no
 * arguments, configuration from the environment, dictionary loaded) and answers one call, then
 * prints how long construction and the first call took. The benchmark times the whole, from
 * spawning this JVM to reading that line.
 */
public final class ColdStartProbe {

  private ColdStartProbe() {}

  public static void main(String[] args) {
    Instant mainStarted = Instant.now();
    ConnectHandler handler = new ConnectHandler();
    Instant built = Instant.now();
    Map<String, String> answer =
        handler.handleRequest(ContactEvents.from("cold-start-probe", args[0]), null);
    Instant answered = Instant.now();
    System.out.printf(
        "handler built in %d ms, first call %d ms, answered from %s%n",
        Duration.between(mainStarted, built).toMillis(),
        Duration.between(built, answered).toMillis(),
        answer.get("source"));
  }
}
