package com.vanitycall.loadtest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * One stream record as a capture file keeps it (one JSON line each): when the stream took it, from
 * which shard, its sequence number there, its partition key and its data (Base64, as the Kinesis
 * API carries it). A generated record has the shard and sequence number {@code generated}.
 */
public record CapturedRecord(
    Instant arrivedAt, String shard, String sequenceNumber, String partitionKey, String data) {

  public CapturedRecord {
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(data, "data");
    if (partitionKey == null || partitionKey.isEmpty() || partitionKey.length() > 256) {
      throw new IllegalArgumentException(
          "a partition key has 1 to 256 characters: " + partitionKey);
    }
  }

  /** A record made up by {@code load generate}: its data is the given text. */
  public static CapturedRecord generated(Instant arrivedAt, String partitionKey, String text) {
    return new CapturedRecord(
        arrivedAt,
        "generated",
        "generated",
        partitionKey,
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  public byte[] bytes() {
    return Base64.getDecoder().decode(data);
  }

  /** The data as UTF-8 text (a call event's JSON). */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
