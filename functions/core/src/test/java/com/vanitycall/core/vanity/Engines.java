package com.vanitycall.core.vanity;

import com.vanitycall.core.phone.PhoneNumber;

/** The two engines, loaded once for all tests in the JVM, and a way to write test numbers. */
public final class Engines {

  public static final VanityEngine QUICK = VanityEngine.load(Profile.QUICK);
  public static final VanityEngine DEEP = VanityEngine.load(Profile.DEEP);

  private Engines() {}

  /** A toll-free North American number: {@code tollFree("3569377")} is +1 800 356 9377. */
  public static PhoneNumber tollFree(String subscriberDigits) {
    return new PhoneNumber("+1800" + subscriberDigits, "1800", subscriberDigits);
  }
}
