package com.vanitycall.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the pipeline keeps of one call: its item in the calls table (docs/data.md) and what it adds
 * to the counters. The item is the processed-event marker: it is written once, on condition that no
 * item has its event id.
 */
public record CallRecord(ScoredRecord scored, Map<String, AttributeValue> item, CallCount count) {

  private static final CallerNumberParser PARSER = new CallerNumberParser();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public CallRecord {
    item = Map.copyOf(item);
  }

  public static CallRecord of(ScoredRecord scored, Duration callerTtl) {
    CallEvent event = scored.event();
    CallTimes times = CallTimes.of(event.eventId(), event.receivedAt(), callerTtl);
    Optional<PhoneNumber> number = numberOf(event);
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("eventId", AttributeValue.fromS(event.eventId()));
    item.put("schemaVersion", numeric(event.schemaVersion()));
    item.put("callerStatus", AttributeValue.fromS(event.callerStatus().name()));
    number.ifPresent(valid -> item.put("callerNumber", AttributeValue.fromS(valid.e164())));
    item.put("receivedAt", AttributeValue.fromS(times.receivedAt()));
    item.put("dayBucket", AttributeValue.fromS(times.dayBucket()));
    item.put("source", AttributeValue.fromS(event.source().name()));
    item.put("answerMicros", numeric(event.answerMicros()));
    item.put("heard", AttributeValue.fromS(heard(event.answer())));
    item.put("vanities", AttributeValue.fromS(scored.vanities()));
    item.put("dictionaryVersion", AttributeValue.fromS(scored.dictionaryVersion()));
    item.put("expiresAt", numeric(times.expiresAt()));
    CallCount count =
        new CallCount(
            "day#" + times.day(),
            "hour" + times.hour().substring(11),
            "area#"
                + times.day()
                + "#"
                + number.map(PhoneNumber::fixedDigits).orElse(ScoredRecord.NONE),
            "word#" + times.day() + "#" + scored.headlineWord(),
            event.callerStatus(),
            event.source());
    return new CallRecord(scored, item, count);
  }

  public String eventId() {
    return scored.event().eventId();
  }

  public String sequenceNumber() {
    return scored.sequenceNumber();
  }

  /** What the pipe retries this call's stream record by: its Kinesis {@code eventID}. */
  public String itemIdentifier() {
    return scored.itemIdentifier();
  }

  private static Optional<PhoneNumber> numberOf(CallEvent event) {
    return event.callerNumber() != null
            && PARSER.parse(event.callerNumber()) instanceof CallerNumber.Valid valid
        ? Optional.of(valid.phoneNumber())
        : Optional.empty();
  }

  private static String heard(List<Vanity> answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("what the caller heard could not be written as JSON", e);
    }
  }

  private static AttributeValue numeric(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
