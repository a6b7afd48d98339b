package com.vanitycall.api;

import com.vanitycall.core.history.CallPosition;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page cursors: where the last page ended, signed (HMAC-SHA256) together
 * with the query it belongs to. A cursor that was altered, made up, or made for another query does
 * not verify, so a request can never make the API read from somewhere it did not ask for.
 */
final class PageCursors {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_LENGTH = 512;
  private static final String NOT_VALID =
      "cursor is not valid for this query: use the nextCursor of the previous page with the same"
          + " caller, from and to, or leave cursor out to start from the newest call";

  private final SecretKeySpec key;

  PageCursors(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the cursor signing key must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** A cursor that continues {@code query} after {@code position}. */
  String after(CallPosition position, String query) {
    String payload = position.receivedAt().toEpochMilli() + ":" + position.eventId();
    return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(payload, query));
  }

  /**
   * @throws BadRequestException when the cursor was not made by {@link #after} for {@code query}
   */
  CallPosition read(String cursor, String query) {
    int dot = cursor.indexOf('.');
    if (cursor.length() > MAX_LENGTH || dot < 1) {
      throw new BadRequestException(NOT_VALID);
    }
    try {
      String payload =
          new String(
              Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, sign(payload, query))) {
        throw new BadRequestException(NOT_VALID);
      }
      int colon = payload.indexOf(':');
      return new CallPosition(
          Instant.ofEpochMilli(Long.parseLong(payload.substring(0, colon))),
          payload.substring(colon + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException notACursor) {
      throw new BadRequestException(NOT_VALID);
    }
  }

  private byte[] sign(String payload, String query) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal((query + "\n" + payload).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
