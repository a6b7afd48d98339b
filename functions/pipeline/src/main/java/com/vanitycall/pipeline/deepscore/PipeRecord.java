package com.vanitycall.pipeline.deepscore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of a Kinesis record, as EventBridge Pipes hands it over, that the deep scoring reads.
 *
 * @param sequenceNumber the record's sequence number in its shard
 * @param data the record's payload, base64 encoded; may be anything a producer put on the stream
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipeRecord(String sequenceNumber, String data) {

  public PipeRecord {
    if (sequenceNumber == null || sequenceNumber.isBlank()) {
      throw new IllegalArgumentException("a pipe record needs its sequenceNumber");
    }
    data = data == null ? "" : data;
  }
}
