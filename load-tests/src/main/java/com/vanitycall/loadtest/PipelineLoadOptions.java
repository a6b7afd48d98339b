package com.vanitycall.loadtest;

import java.time.Duration;

/**
 * One pipeline load run.
 *
 * @param events how many call events to publish
 * @param rate the target publishing rate, events per second
 * @param shards the stream's shard count (one pipe poller each)
 * @param seed the generator's seed: the same seed publishes the same events
 * @param drainTimeout how long to wait, after the last event is published, for the pipeline to
 *     finish
 * @param warmup how long to publish at the same rate before measuring (the JVM compiles its hot
 *     code meanwhile); those events are checked for loss but not measured. Zero for a cold run.
 */
public record PipelineLoadOptions(
    int events, int rate, int shards, long seed, Duration drainTimeout, Duration warmup) {

  public PipelineLoadOptions {
    if (events < 1) {
      throw new IllegalArgumentException("--events must be at least 1: " + events);
    }
    if (rate < 1) {
      throw new IllegalArgumentException("--rate must be at least 1 event per second: " + rate);
    }
    if (shards < 1 || shards > 64) {
      throw new IllegalArgumentException("--shards must be within 1..64: " + shards);
    }
    if (drainTimeout == null || drainTimeout.isNegative()) {
      throw new IllegalArgumentException("drainTimeout must be a positive duration");
    }
    if (warmup == null || warmup.isNegative()) {
      throw new IllegalArgumentException("--warmup-seconds must not be negative: " + warmup);
    }
  }

  /** The events published to warm up: {@link #warmup} at {@link #rate}. */
  public int warmupEvents() {
    return (int) Math.min(Integer.MAX_VALUE, warmup.toMillis() * rate / 1000);
  }
}
