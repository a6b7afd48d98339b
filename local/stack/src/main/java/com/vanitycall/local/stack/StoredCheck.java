package com.vanitycall.local.stack;

import java.util.List;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Tells the local pipe which of the records its target processed were not in fact kept, before it
 * moves a checkpoint past them: DynamoDB Local on a full disk answers a transaction as written
 * while SQLite has rolled it back, so a target's word is not proof.
 */
interface StoredCheck {

  /** For a target that keeps nothing the pipe could look at (a test's recording target). */
  StoredCheck NONE = (shardId, processed) -> List.of();

  /** The records of {@code processed} that left no trace in the store. */
  List<Record> notKept(String shardId, List<Record> processed);
}
