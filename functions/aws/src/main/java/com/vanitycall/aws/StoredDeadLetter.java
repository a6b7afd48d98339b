package com.vanitycall.aws;

import com.vanitycall.core.call.DeadLetter;
import java.util.Objects;

/**
 * A dead letter as the table holds it: with the id to remove or redrive it by.
 *
 * @param id the table's partition key
 * @param payloadSize the whole payload's size in bytes; more than the letter's payload holds when
 *     only its head could be kept
 */
public record StoredDeadLetter(String id, DeadLetter letter, long payloadSize) {

  public StoredDeadLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(letter, "letter");
  }

  /** True if the letter holds the whole payload, so that a redrive puts back what failed. */
  public boolean complete() {
    return letter.payloadBytes().length == payloadSize;
  }
}
