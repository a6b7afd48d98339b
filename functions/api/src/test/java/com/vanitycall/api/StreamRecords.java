package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records of the calls table's stream, as Lambda hands them to the live feed. */
final class StreamRecords {
  private StreamRecords() {}

  /** A new call from +18003569377, stored with its vanities, at the given sequence number. */
  static DynamodbStreamRecord newCall(String eventId, Instant receivedAt, String sequenceNumber) {
    return record("INSERT", call(eventId, receivedAt), sequenceNumber);
  }

  /** A call's item with its status removed: one the feed cannot read. */
  static DynamodbStreamRecord unreadableCall(String eventId, String sequenceNumber) {
    Map<String, AttributeValue> item = call(eventId, Instant.parse("2026-11-22T13:45:00Z"));
    item.remove("callerStatus");
    return record("INSERT", item, sequenceNumber);
  }

  static DynamodbStreamRecord record(
      String eventName, Map<String, AttributeValue> newImage, String sequenceNumber) {
    StreamRecord change = new StreamRecord();
    change.setNewImage(newImage);
    change.setSequenceNumber(sequenceNumber);
    var record = new DynamodbStreamRecord();
    record.setEventName(eventName);
    record.setDynamodb(change);
    return record;
  }

  static Map<String, AttributeValue> call(String eventId, Instant receivedAt) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("eventId", new AttributeValue().withS(eventId));
    item.put("callerNumber", new AttributeValue().withS("+18003569377"));
    item.put("callerStatus", new AttributeValue().withS("VALID"));
    item.put("receivedAt", new AttributeValue().withS(receivedAt.toString()));
    item.put("source", new AttributeValue().withS("QUICK"));
    item.put("heard", new AttributeValue().withS("[]"));
    item.put(
        "vanities",
        new AttributeValue()
            .withS(
                "[{\"display\":\"1-800-FLOWERS\",\"words\":[\"FLOWERS\"],\"score\":970,"
                    + "\"letters\":\"FLOWERS\"}]"));
    item.put("dictionaryVersion", new AttributeValue().withS("test"));
    item.put("expiresAt", new AttributeValue().withN("1790000000"));
    return item;
  }

  static DynamodbEvent streamOf(List<DynamodbStreamRecord> records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records);
    return event;
  }
}
