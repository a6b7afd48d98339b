package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Keeps an eye on a run from the thread that started it: a progress line every so often (only while
 * the run is meant to go on, so that the last number printed is the report's), and once a second
 * the {@link RunWatch}, which may stop the run.
 */
final class RunMonitor {

  private static final long WATCH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final LoadRecorder recorder;
  private final RunWatch watch;
  private final long progressEveryNanos;
  private final Runnable progress;
  private long nextWatch;
  private long nextProgress;
  private volatile boolean stopRequested;
  private volatile String abortReason;

  /**
   * @param progress prints one progress line
   */
  RunMonitor(LoadRecorder recorder, RunWatch watch, Duration progressEvery, Runnable progress) {
    this.recorder = recorder;
    this.watch = watch;
    this.progressEveryNanos = progressEvery.toNanos();
    this.progress = progress;
    this.nextWatch = recorder.startedNanos() + WATCH_EVERY_NANOS;
    this.nextProgress = recorder.startedNanos() + progressEveryNanos;
  }

  /** Whether the watch (or {@link #stop()}) asked the run to stop. */
  boolean stopRequested() {
    return stopRequested;
  }

  void stop() {
    stopRequested = true;
  }

  /** Why the watch stopped the run, if it did. */
  Optional<String> abortedBecause() {
    return Optional.ofNullable(abortReason);
  }

  /**
   * Does what is due now: the watch, and a progress line if one is due strictly before {@code
   * endNanos} (the run's planned end; {@link Long#MAX_VALUE} if it has none).
   */
  void tick(long endNanos) {
    long now = System.nanoTime();
    if (now >= nextProgress) {
      if (nextProgress < endNanos && now < endNanos) {
        progress.run();
      }
      while (nextProgress <= now) {
        nextProgress += progressEveryNanos;
      }
    }
    if (now >= nextWatch && !stopRequested) {
      watch
          .stopBecause(recorder.report(), Duration.ofNanos(recorder.elapsedNanos()))
          .ifPresent(
              reason -> {
                abortReason = reason;
                stopRequested = true;
              });
      nextWatch = now + WATCH_EVERY_NANOS;
    }
  }

  /** Ticks until {@code finished} says so. */
  void watchUntil(BooleanSupplier finished, long endNanos) {
    while (!finished.getAsBoolean()) {
      tick(endNanos);
      long now = System.nanoTime();
      long wake = Math.min(nextWatch, nextProgress);
      LockSupport.parkNanos(Math.max(1, Math.min(wake - now, MAX_PARK_NANOS)));
      if (Thread.currentThread().isInterrupted()) {
        stop();
        return;
      }
    }
  }
}
