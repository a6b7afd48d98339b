package com.vanitycall.core.call;

/**
 * Whose calls these are: callers', which the product's figures count, or synthetic ones a load tool
 * made. Every key of a synthetic call (its day bucket, its counters) starts with {@code
 * synthetic#}, so that what the page and the default figures read never meets load-test traffic,
 * and an analyst who asks for it reads it as well.
 */
public enum Traffic {
  CALLERS(""),
  SYNTHETIC("synthetic#");

  private final String keyPrefix;

  Traffic(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  public static Traffic of(boolean synthetic) {
    return synthetic ? SYNTHETIC : CALLERS;
  }

  /** A key of this traffic: {@code key} itself for callers', {@code synthetic#key} otherwise. */
  public String key(String key) {
    return keyPrefix + key;
  }

  /** The traffic of a key made by {@link #key}. */
  public static Traffic ofKey(String key) {
    return key.startsWith(SYNTHETIC.keyPrefix) ? SYNTHETIC : CALLERS;
  }

  /** The key {@link #key} was given. */
  public String unprefixed(String key) {
    return key.substring(keyPrefix.length());
  }
}
