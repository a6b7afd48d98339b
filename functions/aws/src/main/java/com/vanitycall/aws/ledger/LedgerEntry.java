package com.vanitycall.aws.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallTimes;
import com.vanitycall.core.call.Traffic;
import com.vanitycall.core.history.CallStatistics;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the ledger writes for one scored call: its item in the calls table (docs/data.md) and what
 * it adds to the counters. The item is the processed-event marker: it is written once, on condition
 * that no item has its event id.
 */
public record LedgerEntry(ScoredCall scored, Map<String, AttributeValue> item, CallCount count) {

  private static final CallerNumberParser PARSER = new CallerNumberParser();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public LedgerEntry {
    item = Map.copyOf(item);
  }

  public static LedgerEntry of(ScoredCall scored, Duration callerTtl) {
    CallEvent event = scored.event();
    Traffic traffic = event.traffic();
    CallTimes times = CallTimes.of(event.eventId(), event.receivedAt(), callerTtl, traffic);
    Optional<PhoneNumber> number = numberOf(event);
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(CallsTable.EVENT_ID, AttributeValue.fromS(event.eventId()));
    item.put(CallsTable.SCHEMA_VERSION, numeric(event.schemaVersion()));
    item.put(CallsTable.CALLER_STATUS, AttributeValue.fromS(event.callerStatus().name()));
    number.ifPresent(
        valid -> item.put(CallsTable.CALLER_NUMBER, AttributeValue.fromS(valid.e164())));
    item.put(CallsTable.RECEIVED_AT, AttributeValue.fromS(times.receivedAt()));
    item.put(CallsTable.DAY_BUCKET, AttributeValue.fromS(times.dayBucket()));
    item.put(CallsTable.SOURCE, AttributeValue.fromS(event.source().name()));
    item.put(CallsTable.ANSWER_MICROS, numeric(event.answerMicros()));
    item.put(CallsTable.HEARD, AttributeValue.fromS(json(event.answer())));
    item.put(CallsTable.VANITIES, AttributeValue.fromS(json(scored.best())));
    item.put(CallsTable.WORTH_SAYING, AttributeValue.fromS(json(scored.worthSaying())));
    item.put(CallsTable.DICTIONARY_VERSION, AttributeValue.fromS(scored.dictionaryVersion()));
    item.put(CallsTable.EXPIRES_AT, numeric(times.expiresAt()));
    if (event.synthetic()) {
      item.put(CallsTable.SYNTHETIC, AttributeValue.fromBool(true));
    }
    LocalDate day = LocalDate.parse(times.day());
    CallCount count =
        new CallCount(
            CounterKey.dayOf(day, traffic),
            AnalyticsTable.hour(Integer.parseInt(times.hour().substring(11))),
            CounterKey.of(
                CounterDimension.AREA,
                day,
                traffic,
                number.map(PhoneNumber::fixedDigits).orElse(CallStatistics.NONE)),
            CounterKey.of(CounterDimension.WORD, day, traffic, scored.headlineWord()),
            event.callerStatus(),
            event.source());
    return new LedgerEntry(scored, item, count);
  }

  public String eventId() {
    return scored.eventId();
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

  private static String json(List<Vanity> vanities) {
    try {
      return JSON.writeValueAsString(vanities);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a vanity list could not be written as JSON", e);
    }
  }

  private static AttributeValue numeric(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
