package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.connect.ConnectHandler;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.call.VanityLookup;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a caller hears through the shipped flow from the real handler and quick engine (issue 20):
 * as many options as are worth saying, 0 to 3, with wording that fits. The cache is empty and the
 * stream a list, so the quick engine answers; ConnectHandlerIT runs the same on the emulators.
 */
class SpokenOptionsTranscriptTest {

  private static HandlerLambda lambda;

  private final FlowSimulator simulator = new FlowSimulator(ShippedFlow.flow());

  @BeforeAll
  static void startTheHandler() {
    var lookup =
        new VanityLookup(
            VanityEngine.load(Profile.QUICK),
            VanityCache.NOTHING_CACHED,
            event -> {},
            DeadLetters.NOWHERE,
            Clock.systemUTC());
    var handler = new ConnectHandler(lookup);
    lambda = new HandlerLambda(event -> handler.handleRequest(event, null));
  }

  @AfterAll
  static void stopTheHandler() {
    lambda.close();
  }

  private SimulatedCall call(String number) {
    return simulator.call(number, lambda, FlowListener.NONE);
  }

  @Test
  void aNumberThatSpellsNothingWorthSaying_hearsAFriendlyLine_notItsDigitsAsAVanity() {
    SimulatedCall call = call("+12125550123");

    assertThat(call.path()).contains("say-no-words").doesNotContain("say-one");
    assertThat(String.join(" ", call.heard()))
        .contains("does not spell words worth remembering")
        .contains("easy to remember just as it is")
        .doesNotContain("B E");
  }

  @Test
  void aNumberWithOneWordWorthSaying_hearsThatWordAlone() {
    SimulatedCall call = call("+18003569377");

    assertThat(call.path()).contains("say-one");
    assertThat(call.heard().get(1))
        .isEqualTo(
            "Your number spells one word worth remembering: 1 8 0 0, flowers, spelled F L O W E R"
                + " S.")
        .doesNotContain("3 L O W E R S");
  }

  @Test
  void aNumberWithTwoOptionsWorthSaying_hearsTwo() {
    SimulatedCall call = call("+15145329327");

    assertThat(call.path()).contains("say-two");
    assertThat(call.heard().get(1))
        .startsWith("Your number spells two vanity numbers worth remembering.")
        .contains("Option one: 1 5 1 4, year, spelled 5 3 2 Y E A R.")
        .contains("Option two: 1 5 1 4, wear, spelled 5 3 2 W E A R.")
        .doesNotContain("Option three");
  }

  @Test
  void aNumberWithThreeOptionsWorthSaying_hearsThree() {
    SimulatedCall call = call("+12506859473");

    assertThat(call.path()).contains("say-three");
    assertThat(call.heard().get(1))
        .startsWith("Your number spells three vanity numbers worth remembering.")
        .contains("spelled 6 8 5 W I S E")
        .contains("spelled 6 8 5 W I R E")
        .contains("spelled 6 8 5 W I P E");
  }
}
