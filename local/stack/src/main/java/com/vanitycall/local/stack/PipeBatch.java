package com.vanitycall.local.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Writes Kinesis records as the JSON array EventBridge Pipes sends to its target: one flat object
 * per record, the data base64-encoded, the arrival time in epoch seconds with millis.
 */
final class PipeBatch {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String streamArn;
  private final String region;

  PipeBatch(String region, String streamName) {
    this.region = region;
    this.streamArn = "arn:aws:kinesis:" + region + ":000000000000:stream/" + streamName;
  }

  /**
   * The record's id in the batch, as Pipes gives it, and as partial batch failures must name it.
   */
  static String eventId(String shardId, Record record) {
    return shardId + ":" + record.sequenceNumber();
  }

  String toJson(String shardId, List<Record> records) {
    ArrayNode batch = JSON.createArrayNode();
    for (Record record : records) {
      ObjectNode item = batch.addObject();
      item.put("eventSource", "aws:kinesis");
      item.put("eventVersion", "1.0");
      item.put("eventID", eventId(shardId, record));
      item.put("eventName", "aws:kinesis:record");
      item.put("invokeIdentityArn", "arn:aws:iam::000000000000:role/local-pipe");
      item.put("awsRegion", region);
      item.put("eventSourceARN", streamArn);
      item.put("kinesisSchemaVersion", "1.0");
      item.put("partitionKey", record.partitionKey());
      item.put("sequenceNumber", record.sequenceNumber());
      item.put("data", Base64.getEncoder().encodeToString(record.data().asByteArray()));
      item.put(
          "approximateArrivalTimestamp",
          BigDecimal.valueOf(record.approximateArrivalTimestamp().toEpochMilli(), 3));
    }
    try {
      return JSON.writeValueAsString(batch);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a pipe batch could not be written as JSON", e);
    }
  }
}
