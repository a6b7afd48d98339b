package com.vanitycall.aws;

import com.vanitycall.core.call.DeadLetter;
import java.util.Objects;

/**
 * A dead letter as the table holds it: with the id to remove or redrive it by.
 *
 * @param id the table's partition key
 */
public record StoredDeadLetter(String id, DeadLetter letter) {

  public StoredDeadLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(letter, "letter");
  }
}
