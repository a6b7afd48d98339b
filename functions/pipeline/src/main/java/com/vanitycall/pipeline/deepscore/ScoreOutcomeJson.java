package com.vanitycall.pipeline.deepscore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallTimes;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.pipeline.handoff.ScoredCallJson;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Writes the DeepScore task's result, shaped for the states that follow it (see {@code
 * state-machines/call-pipeline.asl.json} and {@code docs/pipeline.md}):
 *
 * <ul>
 *   <li>{@code outcome}: {@code SCORED} or {@code MALFORMED}
 *   <li>{@code cache}: the vanity-cache entry, for a VALID caller only, for the RefreshCache task
 *       (numbers are strings, as DynamoDB's {@code N} takes them)
 *   <li>{@code scored}: what PersistAndCount needs to persist and count the call ({@link
 *       ScoredCallJson}): the event as JSON, its deep best 5 and those worth saying as JSON, and
 *       the dictionary's version
 *   <li>for {@code MALFORMED}, what its dead letter keeps: {@code reason}, {@code payloadBase64}
 *       (the record's first bytes exactly, text or not: {@link LetterPayload}), {@code
 *       payloadBytes} and {@code payloadSha256} (the whole record's size and digest), {@code
 *       failedAt}, {@code expiresAt}
 * </ul>
 */
public final class ScoreOutcomeJson {

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Duration callerTtl;
  private final Clock clock;

  public ScoreOutcomeJson(Duration callerTtl, Clock clock) {
    this.callerTtl = callerTtl;
    this.clock = clock;
  }

  public ObjectNode write(ScoreOutcome outcome) {
    if (outcome instanceof ScoreOutcome.Scored scored) {
      return scored(scored);
    }
    return malformed((ScoreOutcome.Malformed) outcome);
  }

  private ObjectNode scored(ScoreOutcome.Scored scored) {
    CallEvent event = scored.event();
    String vanities = vanitiesJson(scored.best());
    ObjectNode result = json.createObjectNode();
    result.put("outcome", "SCORED");
    result.put("eventId", event.eventId());
    result.put("callerStatus", event.callerStatus().name());
    scored
        .number()
        .ifPresent(
            number -> {
              ObjectNode cache = result.putObject("cache");
              cache.put("number", number.e164());
              cache.put("vanities", vanities);
              cache.put("dictionaryVersion", scored.dictionaryVersion());
              cache.put("scoredAt", Long.toString(event.receivedAt().toEpochMilli()));
              cache.put(
                  "expiresAt",
                  Long.toString(
                      CallTimes.of(event.eventId(), event.receivedAt(), callerTtl).expiresAt()));
            });
    ScoredCallJson.write(
        result.putObject("scored"),
        event,
        vanities,
        vanitiesJson(scored.worthSaying()),
        scored.dictionaryVersion());
    return result;
  }

  private ObjectNode malformed(ScoreOutcome.Malformed malformed) {
    ObjectNode result = json.createObjectNode();
    result.put("outcome", "MALFORMED");
    result.put("reason", DeadLetter.shortened(malformed.reason()));
    result.put("payloadBase64", malformed.payload().headBase64());
    result.put("payloadBytes", Long.toString(malformed.payload().size()));
    result.put("payloadSha256", malformed.payload().sha256());
    result.put("failedAt", clock.instant().toString());
    result.put("expiresAt", Long.toString(clock.instant().plus(callerTtl).getEpochSecond()));
    return result;
  }

  private String vanitiesJson(List<Vanity> vanities) {
    try {
      return json.writeValueAsString(vanities);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a vanity list could not be written as JSON", e);
    }
  }
}
