package com.vanitycall.cli.stack;

import com.vanitycall.local.stack.PipeListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.kinesis.model.Record;

/** What the local pipe has finished with since the stack started: for the summary on stop. */
final class PipelineTally implements PipeListener {

  private final Instant started = Instant.now();
  private final LongAdder processed = new LongAdder();

  @Override
  public void batchDone(
      String shardId, List<Record> processedRecords, List<Record> deadLetters, Instant doneAt) {
    // the pipe's own dead letters and the workflow's are counted where they are kept, on stop
    processed.add(processedRecords.size() + deadLetters.size());
  }

  /** How long the stack has run, as a person says it: {@code 3 min 12 s}. */
  String uptime() {
    Duration up = Duration.between(started, Instant.now());
    return up.toMinutes() == 0
        ? up.toSecondsPart() + " s"
        : up.toMinutes() + " min " + up.toSecondsPart() + " s";
  }

  @Override
  public String toString() {
    long taken = processed.sum();
    return String.format("%,d call event%s taken from the stream", taken, taken == 1 ? "" : "s");
  }
}
