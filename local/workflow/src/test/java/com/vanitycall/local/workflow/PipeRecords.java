package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Batches in the shape EventBridge Pipes hands a Kinesis batch to a state machine. */
final class PipeRecords {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final CallEventCodec CODEC = new CallEventCodec();

  private final AtomicLong sequence = new AtomicLong(49_000_000_000L);

  static CallEvent valid(String eventId, String number, Instant receivedAt, VanitySource source) {
    return new CallEvent(
        CallEvent.SCHEMA_VERSION,
        eventId,
        number,
        CallerStatus.VALID,
        receivedAt,
        List.of(),
        source,
        420);
  }

  static CallEvent withheld(String eventId, Instant receivedAt) {
    return CallEvent.fallback(eventId, CallerStatus.WITHHELD, receivedAt, 80);
  }

  static CallEvent invalid(String eventId, Instant receivedAt) {
    return CallEvent.fallback(eventId, CallerStatus.INVALID, receivedAt, 80);
  }

  /** A record whose data is the event's JSON. */
  ObjectNode record(CallEvent event) {
    return record(event.eventId(), CODEC.toJson(event));
  }

  /** A record with any text, e.g. something that is not a call event. */
  ObjectNode record(String partitionKey, String data) {
    return record(partitionKey, data.getBytes(StandardCharsets.UTF_8));
  }

  /** A record with any bytes, text or not. */
  ObjectNode record(String partitionKey, byte[] data) {
    String sequenceNumber = Long.toString(sequence.incrementAndGet());
    ObjectNode record = JSON.createObjectNode();
    record.put("eventSource", "aws:kinesis");
    record.put("eventVersion", "1.0");
    record.put("eventID", "shardId-000000000000:" + sequenceNumber);
    record.put("eventName", "aws:kinesis:record");
    record.put("kinesisSchemaVersion", "1.0");
    record.put("partitionKey", partitionKey);
    record.put("sequenceNumber", sequenceNumber);
    record.put("data", Base64.getEncoder().encodeToString(data));
    record.put("approximateArrivalTimestamp", 1_795_000_000.123);
    return record;
  }

  static String batch(List<ObjectNode> records) {
    ArrayNode batch = JSON.createArrayNode();
    batch.addAll(records);
    return batch.toString();
  }
}
