package com.vanitycall.local.workflow;

import java.util.List;

/**
 * The outcome of one batch: the records to retry, as Pipes reads them from {@code
 * {"batchItemFailures": [{"itemIdentifier": "<eventID>"}]}}. For a Kinesis source the identifier
 * must be the record's {@code eventID} ({@code shardId-...:<sequenceNumber>}); the pipe, not this
 * record, judges whether each one names a record of the batch.
 */
public record BatchResult(List<String> failedItemIdentifiers) {

  public BatchResult {
    failedItemIdentifiers = List.copyOf(failedItemIdentifiers);
  }

  public static BatchResult allProcessed() {
    return new BatchResult(List.of());
  }
}
