package com.vanitycall.core.phone;

import java.util.Objects;
import java.util.Optional;

/** The typed result of reading a caller's number: valid, withheld, or invalid with a reason. */
public sealed interface CallerNumber {

  CallerStatus status();

  /** The number, present only when the caller's number is valid. */
  default Optional<PhoneNumber> number() {
    return Optional.empty();
  }

  record Valid(PhoneNumber phoneNumber) implements CallerNumber {
    public Valid {
      Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    @Override
    public CallerStatus status() {
      return CallerStatus.VALID;
    }

    @Override
    public Optional<PhoneNumber> number() {
      return Optional.of(phoneNumber);
    }
  }

  record Withheld() implements CallerNumber {
    @Override
    public CallerStatus status() {
      return CallerStatus.WITHHELD;
    }
  }

  record Invalid(String reason) implements CallerNumber {
    public Invalid {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("an invalid number needs a reason");
      }
    }

    @Override
    public CallerStatus status() {
      return CallerStatus.INVALID;
    }
  }
}
