package com.vanitycall.local.stack;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.kinesis.model.Record;

/** Counts what the pipe has finished with, to wait for it in tests. */
final class CountingListener implements PipeListener {

  private final AtomicInteger done = new AtomicInteger();

  @Override
  public void batchDone(
      String shardId, List<Record> processed, List<Record> deadLettered, Instant doneAt) {
    done.addAndGet(processed.size() + deadLettered.size());
  }

  int done() {
    return done.get();
  }
}
