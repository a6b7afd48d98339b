package com.vanitycall.local.workflow;

import java.util.List;

/**
 * The outcome of one batch: the sequence numbers of the records to retry, as Pipes reads them from
 * {@code {"batchItemFailures": [{"itemIdentifier": "<sequenceNumber>"}]}}.
 */
public record BatchResult(List<String> failedSequenceNumbers) {

  public BatchResult {
    failedSequenceNumbers = List.copyOf(failedSequenceNumbers);
  }

  public static BatchResult allProcessed() {
    return new BatchResult(List.of());
  }
}
