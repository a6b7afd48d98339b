package com.vanitycall.local.workflow;

/**
 * What the local pipe delivers batches to, as EventBridge Pipes invokes an Express state machine
 * synchronously (REQUEST_RESPONSE).
 */
public interface PipeTarget {

  /**
   * Processes one batch.
   *
   * @param batchJson a JSON array of Kinesis records in the shape Pipes sends them (eventSource,
   *     eventID, partitionKey, sequenceNumber, data as base64, approximateArrivalTimestamp, ...)
   * @return the records that failed and should be retried (Pipes' partial batch failure); empty
   *     when every record was processed or dead-lettered
   * @throws PipeTargetException when the whole execution failed: the pipe retries the batch
   */
  BatchResult invoke(String batchJson);
}
