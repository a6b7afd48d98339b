package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Calls through the shipped flow with in-process handlers standing in for the Lambda. */
class FlowSimulatorTest {

  private final FlowSimulator simulator = new FlowSimulator(ShippedFlow.flow());

  private static Map<String, String> threeOptions() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("status", "ANSWERED");
    tokens.put("source", "QUICK");
    tokens.put("count", "3");
    tokens.put("prefixDigits", "1800");
    for (int i = 1; i <= 3; i++) {
      tokens.put("vanity" + i, "1-800-FLOWERS");
      tokens.put("vanity" + i + "Words", "flowers");
      tokens.put("vanity" + i + "Letters", "FLOWERS");
    }
    return tokens;
  }

  @Test
  void theHandlerGetsARealisticContactFlowEvent_andTheCallerHearsThreeOptionsSpelledOut() {
    AtomicReference<ConnectEvent> received = new AtomicReference<>();
    try (HandlerLambda lambda =
        new HandlerLambda(
            event -> {
              received.set(event);
              return threeOptions();
            })) {

      SimulatedCall call = simulator.call("+18003569377", lambda, FlowListener.NONE);

      ConnectEvent.ContactData contact = received.get().getDetails().getContactData();
      assertThat(contact.getCustomerEndpoint().getAddress()).isEqualTo("+18003569377");
      assertThat(contact.getContactId()).isNotBlank();
      assertThat(contact.getChannel()).isEqualTo("VOICE");
      assertThat(call.heard())
          .hasSize(3)
          .element(1)
          .asString()
          .contains("Option three: 1 8 0 0, flowers, spelled F L O W E R S.");
      assertThat(call.path())
          .containsExactly(
              "greet",
              "lookup",
              "remember-answer",
              "by-status",
              "by-count",
              "say-three",
              "goodbye",
              "disconnect");
      assertThat(call.attributes()).containsEntry("vanitySource", "QUICK");
    }
  }

  @Test
  void aHandlerAnsweringAForbiddenCharacter_failsTheCall_andTheCallerHearsTheApology() {
    Map<String, String> bad = threeOptions();
    bad.put("vanity2", "1-800-FLOWERS!");
    try (HandlerLambda lambda = new HandlerLambda(event -> bad)) {

      SimulatedCall call = simulator.call("+18003569377", lambda, FlowListener.NONE);

      assertThat(call.lambdaError())
          .hasValueSatisfying(e -> assertThat(e).contains("vanity2").contains("'!'"));
      assertThat(call.heard().get(1)).startsWith("Sorry, I could not look up vanity numbers");
    }
  }

  @Test
  void aHandlerThatThrows_takesTheErrorBranch() {
    try (HandlerLambda lambda =
        new HandlerLambda(
            event -> {
              throw new IllegalStateException("boom");
            })) {

      SimulatedCall call = simulator.call(null, lambda, FlowListener.NONE);

      assertThat(call.lambdaError()).hasValueSatisfying(e -> assertThat(e).contains("boom"));
      assertThat(call.path())
          .containsSequence("lookup", "say-lookup-failed", "goodbye", "disconnect");
    }
  }

  @Test
  void aHandlerSlowerThanTheBlocksLimit_timesOut() {
    ContactFlow oneSecond =
        ContactFlow.parse(
            ShippedFlow.json()
                .replace(
                    "\"InvocationTimeLimitSeconds\": \"3\"",
                    "\"InvocationTimeLimitSeconds\": \"1\""),
            ShippedFlow.SUBSTITUTIONS);
    CountDownLatch never = new CountDownLatch(1);
    try (HandlerLambda lambda =
        new HandlerLambda(
            event -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return threeOptions();
            })) {

      SimulatedCall call =
          new FlowSimulator(oneSecond).call("+18003569377", lambda, FlowListener.NONE);

      assertThat(call.lambdaError()).contains("timed out after 1 s");
      assertThat(call.heard().get(1)).startsWith("Sorry");
    }
  }
}
