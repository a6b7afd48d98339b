package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link DeadLetters} must do; subclasses supply it and read back what it holds. */
abstract class DeadLettersContract {

  protected abstract DeadLetters deadLetters();

  protected abstract List<DeadLetter> held();

  @Test
  void send_keepsTheLetterWithItsReasonAndPayloadUnchanged() {
    DeadLetter letter =
        new DeadLetter(
            "connect-publish",
            "stream refused: throughput exceeded",
            "{\"eventId\":\"c-1\",\"note\":\"ünïcode ✓\"}",
            Instant.parse("2026-11-22T10:00:00.123Z"));

    deadLetters().send(letter);

    assertThat(held()).containsExactly(letter);
  }

  @Test
  void send_ofTheSameLetterTwice_keepsBoth() {
    DeadLetter letter =
        new DeadLetter("connect-publish", "down", "{}", Instant.parse("2026-11-22T10:00:00Z"));

    deadLetters().send(letter);
    deadLetters().send(letter);

    assertThat(held()).containsExactly(letter, letter);
  }

  @Test
  void keepForAnOperator_underOneId_keepsTheLatestLetterOnly() {
    deadLetters().keepForAnOperator("pipeline-7", workflowLetter("r1"));
    deadLetters().keepForAnOperator("pipeline-7", workflowLetter("r2"));
    deadLetters().keepForAnOperator("pipeline-8", workflowLetter("r3"));

    assertThat(held()).containsExactlyInAnyOrder(workflowLetter("r2"), workflowLetter("r3"));
  }

  private static DeadLetter workflowLetter(String reason) {
    return new DeadLetter("pipeline-workflow", reason, "{}", Instant.parse("2026-11-22T10:00:00Z"));
  }
}
