package com.vanitycall.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.vanity.Vanity;
import java.io.IOException;
import java.util.List;

/**
 * A scored call as the state machine hands it to PersistAndCount: what the Map's ReadyToPersist
 * state passes on, {@code {"eventID": ..., "sequenceNumber": ..., "scored": {"event": ...,
 * "vanities": ..., "dictionaryVersion": ...}}}, the {@code scored} part being DeepScore's ({@link
 * DeepScoreResult}).
 */
public final class ScoredCallJson {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final CallEventCodec CODEC = new CallEventCodec();
  private static final TypeReference<List<Vanity>> VANITIES = new TypeReference<>() {};

  private ScoredCallJson() {}

  /**
   * @throws IllegalArgumentException when {@code record} is not a scored call
   */
  public static ScoredCall read(JsonNode record) {
    JsonNode scored = record.path("scored");
    try {
      return new ScoredCall(
          record.path("eventID").asText(),
          record.path("sequenceNumber").asText(),
          CODEC.fromJson(scored.path("event").asText()),
          JSON.readValue(scored.path("vanities").asText(), VANITIES),
          scored.path("dictionaryVersion").asText());
    } catch (MalformedCallEventException | IOException e) {
      throw new IllegalArgumentException("not a scored call: " + e.getMessage(), e);
    }
  }
}
