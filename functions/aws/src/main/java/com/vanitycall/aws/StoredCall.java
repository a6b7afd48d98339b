package com.vanitycall.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A call as the pipeline stored it in the calls table (docs/data.md).
 *
 * @param callerNumber E.164, present for VALID callers only
 * @param heard what the caller heard, best first
 * @param vanities the deep best 5, best first
 */
public record StoredCall(
    String eventId,
    Optional<String> callerNumber,
    CallerStatus callerStatus,
    Instant receivedAt,
    VanitySource source,
    List<Vanity> heard,
    List<Vanity> vanities,
    String dictionaryVersion) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Vanity>> VANITY_LIST = new TypeReference<>() {};

  public StoredCall {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(callerNumber, "callerNumber");
    Objects.requireNonNull(callerStatus, "callerStatus");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(source, "source");
    heard = List.copyOf(heard);
    vanities = List.copyOf(vanities);
  }

  /** Reads a calls-table item, from a query or from the table's stream. */
  public static StoredCall fromItem(Map<String, AttributeValue> item) {
    return new StoredCall(
        item.get("eventId").s(),
        Optional.ofNullable(item.get("callerNumber")).map(AttributeValue::s),
        CallerStatus.valueOf(item.get("callerStatus").s()),
        Instant.parse(item.get("receivedAt").s()),
        VanitySource.valueOf(item.get("source").s()),
        item.containsKey("heard") ? vanities(item.get("heard").s()) : List.of(),
        vanities(item.get("vanities").s()),
        item.get("dictionaryVersion").s());
  }

  private static List<Vanity> vanities(String text) {
    try {
      return JSON.readValue(text, VANITY_LIST);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a stored vanity list is not readable", e);
    }
  }
}
