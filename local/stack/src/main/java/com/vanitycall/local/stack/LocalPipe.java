package com.vanitycall.local.stack;

import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.local.workflow.PipeTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * The local stand-in for the EventBridge Pipe from the call-events stream to the workflow: one
 * poller thread per shard, batching, partial batch failures, retries, dead letters and per-shard
 * checkpoints (see {@link ShardPoller} and {@link BatchDelivery}).
 */
public final class LocalPipe implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final StopSignal stop = new StopSignal();
  private final List<Thread> pollers = new ArrayList<>();

  private LocalPipe() {}

  /**
   * Starts polling every shard of the stream from its checkpoint (the start if it has none).
   *
   * @param stored what proves a processed batch kept before its checkpoint moves past it
   */
  static LocalPipe start(
      KinesisClient kinesis,
      String stream,
      String region,
      PipeTarget target,
      PipeSettings settings,
      Checkpoints checkpoints,
      StoredCheck stored,
      DeadLetters deadLetters,
      PipeListener listener) {
    LocalPipe pipe = new LocalPipe();
    Clock clock = Clock.systemUTC();
    BatchDelivery delivery =
        new BatchDelivery(
            target, new PipeBatch(region, stream), settings, deadLetters, clock, pipe.stop);
    for (Shard shard : kinesis.listShards(b -> b.streamName(stream)).shards()) {
      ShardPoller poller =
          new ShardPoller(
              kinesis,
              stream,
              shard.shardId(),
              checkpoints,
              stored,
              delivery,
              settings,
              listener,
              clock,
              pipe.stop);
      Thread thread = new Thread(poller, "pipe-" + shard.shardId());
      thread.setDaemon(true);
      thread.start();
      pipe.pollers.add(thread);
    }
    return pipe;
  }

  /**
   * Stops polling. A batch being delivered is finished and checkpointed; records waiting for a
   * retry are left for the next start.
   */
  @Override
  public void close() {
    stop.stop();
    long giveUpAt = System.nanoTime() + STOP_GRACE.toNanos();
    for (Thread poller : pollers) {
      try {
        poller.join(Math.max(1, (giveUpAt - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (poller.isAlive()) {
        throw new IllegalStateException(poller.getName() + " did not stop within " + STOP_GRACE);
      }
    }
  }
}
