package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

  @Test
  void aBudget_refusesAnAttemptLongerThanTheWholeCall() {
    assertThatThrownBy(
            () ->
                new CallBudget(
                    Duration.ofMillis(100), Duration.ofMillis(200), 1, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attemptTimeout");
  }

  @Test
  void aBudget_needsAtLeastOneAttempt() {
    assertThatThrownBy(
            () ->
                new CallBudget(
                    Duration.ofMillis(100), Duration.ofMillis(100), 0, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void whileACallerWaits_theWholeCallFitsTheGivenTime_withOneQuickRetry() {
    CallBudget budget = CallBudget.whileCallerWaits(Duration.ofMillis(150));

    assertThat(budget.callTimeout()).isEqualTo(Duration.ofMillis(150));
    assertThat(budget.attemptTimeout()).isEqualTo(Duration.ofMillis(150));
    assertThat(budget.maxAttempts()).isEqualTo(2);
    assertThat(budget.maxBackoff()).isEqualTo(Duration.ofMillis(15));
  }

  @Test
  void aBudget_refusesABackoffAsLongAsTheWholeCall() {
    assertThatThrownBy(
            () ->
                new CallBudget(
                    Duration.ofMillis(100), Duration.ofMillis(100), 2, Duration.ofMillis(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBackoff");
  }
}
