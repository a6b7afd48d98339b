package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.simulator.SimulatedCall;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StoredData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Calls placed through the contact flow and the real handler, on the real local stack with its
 * pipeline: what the pipeline stores, and what the next caller hears because of it.
 */
class SimulatedCallsEndToEndIT {

  /** Numbers that words fit (so every one has a vanity to hear), and one withheld caller. */
  private static final List<String> CALLERS =
      List.of(
          "+18003569377",
          "+18004685865",
          "+18886927753",
          "+13035557325",
          "+16175552665",
          "+18007246837",
          "+442079460958",
          "anonymous");

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private static LocalStack stack;
  private static SimulatedPhone phone;
  private static StoredData stored;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.inMemory();
    stack.startPipeline(PipeListener.NONE);
    phone = SimulatedPhone.on(stack.environment());
    stored = new StoredData(stack.dynamoDb(), stack.options().names());
  }

  @AfterAll
  static void stopStack() {
    try (LocalStack stopping = stack) {
      phone.close();
    }
  }

  @Test
  void everyCall_getsACallRecordWithTheDeepBestFive_andTheNextCallIsAnsweredFromTheCache() {
    CALLERS.forEach(phone::call);
    await().atMost(DEADLINE).until(() -> stored.calls().size() == CALLERS.size());

    VanityEngine deep = VanityEngine.load(Profile.DEEP);
    var parser = new CallerNumberParser();
    for (String caller : CALLERS) {
      parser
          .parse(caller)
          .number()
          .ifPresent(
              number -> {
                List<String> deepBest = displays(deep.best(number));
                assertThat(storedVanities(number.e164())).as(caller).isEqualTo(deepBest);

                SimulatedCall again = phone.call(caller);

                Map<String, String> answer = again.lambdaResponse().orElseThrow();
                assertThat(answer).containsEntry("source", "CACHE");
                assertThat(answer.get("vanity1")).isEqualTo(deepBest.get(0));
              });
    }
    await().atMost(DEADLINE).until(() -> stored.calls().size() == 2 * CALLERS.size() - 1);
    assertThat(stored.countedCalls()).isEqualTo(2L * CALLERS.size() - 1);
    Map<String, AttributeValue> day =
        stored.analytics().stream()
            .filter(item -> item.get(AnalyticsTable.COUNTER).s().startsWith("day#"))
            .findFirst()
            .orElseThrow();
    assertThat(day.get(AnalyticsTable.WITHHELD).n()).isEqualTo("1");
    assertThat(day.get(AnalyticsTable.ANSWERED_FROM_CACHE).n())
        .isEqualTo(Integer.toString(CALLERS.size() - 1));
    assertThat(stored.deadLetters()).isEmpty();
  }

  private static List<String> storedVanities(String e164) {
    Map<String, AttributeValue> call =
        stored.calls().stream()
            .filter(item -> item.containsKey(CallsTable.CALLER_NUMBER))
            .filter(item -> item.get(CallsTable.CALLER_NUMBER).s().equals(e164))
            .findFirst()
            .orElseThrow();
    try {
      List<String> shown = new java.util.ArrayList<>();
      new ObjectMapper()
          .readTree(call.get(CallsTable.VANITIES).s())
          .forEach(vanity -> shown.add(vanity.path("display").asText()));
      return shown;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> displays(List<Vanity> vanities) {
    return vanities.stream().map(Vanity::display).toList();
  }
}
