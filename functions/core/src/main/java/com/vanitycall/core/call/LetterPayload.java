package com.vanitycall.core.call;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a dead letter keeps of a payload: its first {@value #HEAD_BYTES} bytes exactly as they were
 * (text or not), its size and its SHA-256. A letter is then always small enough to be written
 * (DynamoDB's items hold 400 KB, a Kinesis record up to 1 MB), and says what the rest was; a
 * payload no larger than the head is kept whole and can be redriven.
 */
public final class LetterPayload {

  /** How much of a payload a letter keeps: every call event is far smaller. */
  public static final int HEAD_BYTES = 16 * 1024;

  private final byte[] head;
  private final long size;
  private final String sha256;

  private LetterPayload(byte[] head, long size, String sha256) {
    this.head = head;
    this.size = size;
    this.sha256 = sha256;
  }

  public static LetterPayload of(byte[] payload) {
    return new LetterPayload(
        Arrays.copyOf(payload, Math.min(payload.length, HEAD_BYTES)),
        payload.length,
        HexFormat.of().formatHex(sha256(payload)));
  }

  /** The bytes kept: the whole payload if it is {@link #complete()}. */
  public byte[] head() {
    return head.clone();
  }

  /** The head in base64: what keeps any bytes, text or not, exactly. */
  public String headBase64() {
    return Base64.getEncoder().encodeToString(head);
  }

  /** The head as text, if it is UTF-8 (a head cut inside a character is not). */
  public Optional<String> headText() {
    return utf8(head);
  }

  /** The whole payload's size in bytes. */
  public long size() {
    return size;
  }

  /** The whole payload's SHA-256, in hex. */
  public String sha256() {
    return sha256;
  }

  /** True if the head is the whole payload. */
  public boolean complete() {
    return head.length == size;
  }

  /** The bytes as text, if they are UTF-8. */
  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
  }

  private static byte[] sha256(byte[] payload) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(payload);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
