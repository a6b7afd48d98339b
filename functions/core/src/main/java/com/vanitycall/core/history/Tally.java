package com.vanitycall.core.history;

import java.util.Objects;

/** How many calls one word or one area code had. */
public record Tally(String key, long calls) {

  public Tally {
    Objects.requireNonNull(key, "key");
  }
}
