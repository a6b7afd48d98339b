package com.vanitycall.core.call;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Something that could not be processed, kept with the reason so that it can be inspected and
 * redriven.
 *
 * @param origin which stage gave up, e.g. {@code connect-publish} or {@code pipeline-parse}
 * @param reason what went wrong, in words an operator can act on; at most {@value
 *     #REASON_CHARACTERS} characters are kept
 * @param payload the original message, unchanged: its text, or {@value #BASE64} and its bytes in
 *     base64 when they are not UTF-8 text ({@link #ofBytes}, {@link #payloadBytes()})
 * @param failedAt when the stage gave up
 */
public record DeadLetter(String origin, String reason, String payload, Instant failedAt) {

  /** How much of a reason is kept: enough to act on, never enough to make a letter too big. */
  public static final int REASON_CHARACTERS = 2_000;

  /** What starts the payload of bytes that are not text. */
  public static final String BASE64 = "base64:";

  public DeadLetter {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(failedAt, "failedAt");
    reason = shortened(Objects.requireNonNull(reason, "reason"));
  }

  /** A letter for bytes as they were: their text if they are UTF-8, else their base64. */
  public static DeadLetter ofBytes(String origin, String reason, byte[] data, Instant failedAt) {
    return new DeadLetter(origin, reason, payloadOf(data), failedAt);
  }

  /** The payload of a letter for these bytes: their text if they are UTF-8, else their base64. */
  public static String payloadOf(byte[] data) {
    return LetterPayload.utf8(data)
        .filter(text -> !text.startsWith(BASE64))
        .orElseGet(() -> BASE64 + Base64.getEncoder().encodeToString(data));
  }

  /** The payload's original bytes. */
  public byte[] payloadBytes() {
    return payload.startsWith(BASE64)
        ? Base64.getDecoder().decode(payload.substring(BASE64.length()))
        : payload.getBytes(StandardCharsets.UTF_8);
  }

  /** A reason of at most {@value #REASON_CHARACTERS} characters, saying how long it was. */
  public static String shortened(String reason) {
    if (reason.length() <= REASON_CHARACTERS) {
      return reason;
    }
    return reason.substring(0, REASON_CHARACTERS - 40)
        + "... (the reason had "
        + reason.length()
        + " characters)";
  }
}
