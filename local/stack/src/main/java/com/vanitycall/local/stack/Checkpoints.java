package com.vanitycall.local.stack;

import java.util.Optional;

/** Where the local pipe remembers, per shard, the last record it has finished with. */
public interface Checkpoints {

  /** The sequence number of the last record done on the shard, if any. */
  Optional<String> lastDone(String shardId);

  /** Records that every record up to and including {@code sequenceNumber} is done. */
  void save(String shardId, String sequenceNumber);
}
