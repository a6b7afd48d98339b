package com.vanitycall.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The DeepScore task's result, shaped for the state machine's DynamoDB tasks that follow it (see
 * {@code state-machines/call-pipeline.asl.json} and {@code docs/pipeline.md}):
 *
 * <ul>
 *   <li>{@code outcome}: {@code SCORED} or {@code MALFORMED}
 *   <li>{@code call}: the calls-table item, in DynamoDB's attribute-value JSON
 *   <li>{@code cache}: the vanity-cache entry, for a VALID caller only
 *   <li>{@code counters}: the analytics counters this call adds one to: the day's item (and in it
 *       the attribute of the call's hour), the day's area code and the day's headline word; and the
 *       increments of the day's per-status and per-source counts
 *   <li>for {@code MALFORMED}: {@code reason}, {@code payload}, {@code failedAt}, {@code expiresAt}
 * </ul>
 *
 * Numbers are strings, as DynamoDB's {@code N} takes them.
 */
public final class DeepScoreResult {

  static final String NONE = "none";

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Duration callerTtl;
  private final Clock clock;

  public DeepScoreResult(Duration callerTtl, Clock clock) {
    this.callerTtl = callerTtl;
    this.clock = clock;
  }

  public ObjectNode of(ScoreOutcome outcome) {
    if (outcome instanceof ScoredCall scored) {
      return scored(scored);
    }
    return malformed((MalformedRecord) outcome);
  }

  private ObjectNode scored(ScoredCall scored) {
    CallEvent event = scored.event();
    CallTimes times = CallTimes.of(event.eventId(), event.receivedAt(), callerTtl);
    String vanities = write(scored.best());
    ObjectNode result = json.createObjectNode();
    result.put("outcome", "SCORED");
    result.put("eventId", event.eventId());
    result.put("callerStatus", event.callerStatus().name());
    result.set("call", callItem(scored, times, vanities));
    scored
        .number()
        .ifPresent(
            number -> {
              ObjectNode cache = result.putObject("cache");
              cache.put("number", number.e164());
              cache.put("vanities", vanities);
              cache.put("dictionaryVersion", scored.dictionaryVersion());
              cache.put("scoredAt", Long.toString(event.receivedAt().toEpochMilli()));
              cache.put("expiresAt", Long.toString(times.expiresAt()));
            });
    result.set("counters", counters(scored, times));
    return result;
  }

  private ObjectNode callItem(ScoredCall scored, CallTimes times, String vanities) {
    CallEvent event = scored.event();
    ObjectNode item = json.createObjectNode();
    string(item, "eventId", event.eventId());
    number(item, "schemaVersion", event.schemaVersion());
    string(item, "callerStatus", event.callerStatus().name());
    scored.number().ifPresent(number -> string(item, "callerNumber", number.e164()));
    string(item, "receivedAt", times.receivedAt());
    string(item, "dayBucket", times.dayBucket());
    string(item, "source", event.source().name());
    number(item, "answerMicros", event.answerMicros());
    string(item, "heard", write(event.answer()));
    string(item, "vanities", vanities);
    string(item, "dictionaryVersion", scored.dictionaryVersion());
    number(item, "expiresAt", times.expiresAt());
    return item;
  }

  private ObjectNode counters(ScoredCall scored, CallTimes times) {
    CallEvent event = scored.event();
    ObjectNode counters = json.createObjectNode();
    counters.put("day", "day#" + times.day());
    counters.put("hour", "hour" + times.hour().substring(11));
    counters.put(
        "area",
        "area#" + times.day() + "#" + scored.number().map(PhoneNumber::fixedDigits).orElse(NONE));
    counters.put("word", "word#" + times.day() + "#" + headlineWord(scored.best()));
    counters.put("valid", oneIf(event.callerStatus() == CallerStatus.VALID));
    counters.put("withheld", oneIf(event.callerStatus() == CallerStatus.WITHHELD));
    counters.put("invalid", oneIf(event.callerStatus() == CallerStatus.INVALID));
    counters.put("cache", oneIf(event.source() == VanitySource.CACHE));
    counters.put("quick", oneIf(event.source() == VanitySource.QUICK));
    counters.put("fallback", oneIf(event.source() == VanitySource.FALLBACK));
    return counters;
  }

  /** The longest word of the best vanity (the first of equals), or {@value #NONE}. */
  static String headlineWord(List<Vanity> best) {
    return best.stream()
        .findFirst()
        .flatMap(top -> top.words().stream().max(Comparator.comparingInt(String::length)))
        .orElse(NONE);
  }

  private ObjectNode malformed(MalformedRecord malformed) {
    ObjectNode result = json.createObjectNode();
    result.put("outcome", "MALFORMED");
    result.put("reason", malformed.reason());
    result.put("payload", malformed.payload());
    result.put("failedAt", clock.instant().toString());
    result.put("expiresAt", Long.toString(clock.instant().plus(callerTtl).getEpochSecond()));
    return result;
  }

  private static String oneIf(boolean condition) {
    return condition ? "1" : "0";
  }

  private static void string(ObjectNode item, String name, String value) {
    item.putObject(name).put("S", value);
  }

  private static void number(ObjectNode item, String name, long value) {
    item.putObject(name).put("N", Long.toString(value));
  }

  private String write(List<Vanity> vanities) {
    try {
      return json.writeValueAsString(vanities);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a vanity list could not be written as JSON", e);
    }
  }
}
