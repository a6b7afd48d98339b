package com.vanitycall.local.stack;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/** Told what the local pipe has finished with: for statistics and load tests. */
public interface PipeListener {

  PipeListener NONE = (shardId, processed, deadLettered, doneAt) -> {};

  /**
   * A batch is done: its records were processed by the target or dead-lettered, and the shard's
   * checkpoint is past them.
   */
  void batchDone(String shardId, List<Record> processed, List<Record> deadLettered, Instant doneAt);
}
