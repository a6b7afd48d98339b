package com.vanitycall.core.vanity;

import com.vanitycall.core.phone.PhoneNumber;

/** The two engines, loaded once for all tests in the JVM, and a way to write test numbers. */
final class Engines {

  static final VanityEngine QUICK = VanityEngine.load(Profile.QUICK);
  static final VanityEngine DEEP = VanityEngine.load(Profile.DEEP);

  private Engines() {}

  /** A toll-free North American number: {@code tollFree("3569377")} is +1 800 356 9377. */
  static PhoneNumber tollFree(String subscriberDigits) {
    return new PhoneNumber("+1800" + subscriberDigits, "1800", subscriberDigits);
  }
}
