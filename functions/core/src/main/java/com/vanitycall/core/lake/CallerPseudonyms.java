package com.vanitycall.core.lake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous caller ids: HMAC-SHA256 of the E.164 number under a secret key, the first 128 bits
 * in hex. The same number gives the same id under one key, so repeat callers can be counted; the
 * number cannot be read back without the key, and a dictionary of all numbers is of no use without
 * it either.
 */
public final class CallerPseudonyms {

  private static final String HMAC = "HmacSHA256";
  private static final int ID_BYTES = 16;

  private final PseudonymKey key;
  private final ThreadLocal<Mac> macs;

  public CallerPseudonyms(PseudonymKey key) {
    this.key = Objects.requireNonNull(key, "key");
    SecretKeySpec spec = new SecretKeySpec(key.secret(), HMAC);
    this.macs = ThreadLocal.withInitial(() -> mac(spec));
  }

  /** The pseudonym of an E.164 number. */
  public String of(String e164) {
    byte[] digest = macs.get().doFinal(e164.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, ID_BYTES);
  }

  /** The id of the key that made the pseudonyms. */
  public String keyId() {
    return key.id();
  }

  private static Mac mac(SecretKeySpec spec) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(spec);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
