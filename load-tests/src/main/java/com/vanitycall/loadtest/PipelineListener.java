package com.vanitycall.loadtest;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/** Told what the pipeline under load has finished with, batch by batch. */
@FunctionalInterface
public interface PipelineListener {

  /**
   * A batch is done: its records were processed or dead-lettered, and will not be delivered again.
   */
  void batchDone(String shardId, List<Record> processed, List<Record> deadLettered, Instant doneAt);

  /** This listener, then {@code next}. */
  default PipelineListener andThen(PipelineListener next) {
    return (shardId, processed, deadLettered, doneAt) -> {
      batchDone(shardId, processed, deadLettered, doneAt);
      next.batchDone(shardId, processed, deadLettered, doneAt);
    };
  }
}
