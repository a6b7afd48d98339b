package com.vanitycall.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.vanity.Vanity;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One call the state machine's Map scored and got ready to persist: the work of PersistAndCount.
 *
 * @param itemIdentifier the stream record's Kinesis {@code eventID}: what EventBridge Pipes retries
 *     it by when it is reported in {@code batchItemFailures}
 * @param sequenceNumber the stream record's sequence number, which names its dead letter
 * @param vanities the deep best 5 as the JSON the tables keep
 * @param best the same, read
 */
public record ScoredRecord(
    String itemIdentifier,
    String sequenceNumber,
    CallEvent event,
    String vanities,
    List<Vanity> best,
    String dictionaryVersion) {

  static final String NONE = "none";

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final CallEventCodec CODEC = new CallEventCodec();
  private static final TypeReference<List<Vanity>> VANITIES = new TypeReference<>() {};

  public ScoredRecord {
    Objects.requireNonNull(itemIdentifier, "itemIdentifier");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(vanities, "vanities");
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    best = List.copyOf(best);
  }

  /**
   * Reads what the Map's ReadyToPersist state passes on: {@code {"eventID": ..., "sequenceNumber":
   * ..., "scored": {"event": ..., "vanities": ..., "dictionaryVersion": ...}}}, the {@code scored}
   * part being DeepScore's ({@link DeepScoreResult}).
   *
   * @throws IllegalArgumentException when it is not that
   */
  public static ScoredRecord read(JsonNode record) {
    JsonNode scored = record.path("scored");
    try {
      String vanities = scored.path("vanities").asText();
      return new ScoredRecord(
          record.path("eventID").asText(),
          record.path("sequenceNumber").asText(),
          CODEC.fromJson(scored.path("event").asText()),
          vanities,
          JSON.readValue(vanities, VANITIES),
          scored.path("dictionaryVersion").asText());
    } catch (MalformedCallEventException | IOException e) {
      throw new IllegalArgumentException("not a scored call: " + e.getMessage(), e);
    }
  }

  /** The longest word of the best vanity (the first of equals), or {@value #NONE}. */
  public String headlineWord() {
    return best.stream()
        .findFirst()
        .flatMap(top -> top.words().stream().max(Comparator.comparingInt(String::length)))
        .orElse(NONE);
  }
}
