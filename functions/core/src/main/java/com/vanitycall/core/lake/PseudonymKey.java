package com.vanitycall.core.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret that turns callers' numbers into pseudonyms, and its id: the first 8 hex digits of the
 * secret's SHA-256, which names the key in every row it made (so analysts can tell two keys'
 * pseudonyms apart after a rotation) and reveals nothing of it.
 */
public final class PseudonymKey {

  /** 256 bits: HMAC-SHA256's own block of security. */
  public static final int MIN_BYTES = 32;

  private final byte[] secret;
  private final String id;

  public PseudonymKey(byte[] secret) {
    if (secret == null || secret.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonym key needs at least " + MIN_BYTES + " bytes of secret");
    }
    this.secret = secret.clone();
    this.id = "k" + HexFormat.of().formatHex(sha256(this.secret), 0, 4);
  }

  /** A key from text (Secrets Manager's secret string): its UTF-8 bytes. */
  public static PseudonymKey ofText(String secret) {
    return new PseudonymKey(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
  }

  public String id() {
    return id;
  }

  byte[] secret() {
    return secret.clone();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PseudonymKey key && Arrays.equals(secret, key.secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "PseudonymKey[" + id + "]";
  }
}
