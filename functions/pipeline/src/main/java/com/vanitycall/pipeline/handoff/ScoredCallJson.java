package com.vanitycall.pipeline.handoff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.vanity.Vanity;
import java.io.IOException;
import java.util.List;

/**
 * What DeepScore hands PersistAndCount through the state machine, written by the one and read by
 * the other: DeepScore's result holds {@code "scored": {"event": ..., "vanities": ...,
 * "worthSaying": ..., "dictionaryVersion": ...}}, and the Map's ReadyToPersist state passes it on
 * with the stream record's {@code eventID} and {@code sequenceNumber}.
 */
public final class ScoredCallJson {

  private static final String EVENT = "event";
  private static final String VANITIES = "vanities";
  private static final String WORTH_SAYING = "worthSaying";
  private static final String DICTIONARY_VERSION = "dictionaryVersion";

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final CallEventCodec CODEC = new CallEventCodec();
  private static final TypeReference<List<Vanity>> VANITY_LIST = new TypeReference<>() {};

  private ScoredCallJson() {}

  /**
   * DeepScore's side: fills {@code scored} with the event as JSON, its deep best as JSON ({@code
   * vanities}, the text the vanity cache keeps too) and the dictionary's version.
   */
  public static void write(
      ObjectNode scored,
      CallEvent event,
      String vanities,
      String worthSaying,
      String dictionaryVersion) {
    scored.put(EVENT, CODEC.toJson(event));
    scored.put(VANITIES, vanities);
    scored.put(WORTH_SAYING, worthSaying);
    scored.put(DICTIONARY_VERSION, dictionaryVersion);
  }

  /**
   * PersistAndCount's side: one call the Map made ready, {@code {"eventID": ..., "sequenceNumber":
   * ..., "scored": {...}}}.
   *
   * @throws IllegalArgumentException when {@code record} is not a scored call
   */
  public static ScoredCall read(JsonNode record) {
    JsonNode scored = record.path("scored");
    try {
      return new ScoredCall(
          record.path("eventID").asText(),
          record.path("sequenceNumber").asText(),
          CODEC.fromJson(scored.path(EVENT).asText()),
          JSON.readValue(scored.path(VANITIES).asText(), VANITY_LIST),
          // absent from what a DeepScore of before the judgment wrote: nothing worth saying
          JSON.readValue(scored.path(WORTH_SAYING).asText("[]"), VANITY_LIST),
          scored.path(DICTIONARY_VERSION).asText());
    } catch (MalformedCallEventException | IOException e) {
      throw new IllegalArgumentException("not a scored call: " + e.getMessage(), e);
    }
  }
}
