package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The open-model scheduler that paces the storm ({@code --rate}, {@code --stages}), the replay and
 * the generator: it hands each operation to its dispatcher at the operation's intended start,
 * whatever became of the ones before. The dispatcher measures latency from that intended start, so
 * a stalled system cannot hide behind the scheduler waiting for it (coordinated omission).
 *
 * <p>A start handed over more than {@link #LATE_AFTER} after its intended time is counted
 * <em>late</em> (the scheduler fell behind: the machine was busy, or a dispatcher that applies
 * back-pressure was full); a start the dispatcher refuses (its {@code --max-in-flight} operations
 * are all still running) is counted <em>dropped</em>. Both are reported; none is skipped silently.
 */
public final class ArrivalScheduler {

  /** A start handed over later than this after its intended time is late. */
  public static final Duration LATE_AFTER = Duration.ofMillis(10);

  /** Sleeps at most this long at a time, so that a stop request is noticed. */
  private static final long MAX_PARK_NANOS = Duration.ofMillis(50).toNanos();

  /**
   * One operation and when it is meant to start.
   *
   * @param offsetNanos from the run's origin
   */
  public record Arrival<T>(T operation, long offsetNanos) {}

  /** The n-th start (from 0) as an arrival of the number n, for a schedule of offsets alone. */
  public static Iterator<Arrival<Integer>> numbered(PrimitiveIterator.OfLong offsets) {
    return new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return offsets.hasNext();
      }

      @Override
      public Arrival<Integer> next() {
        return new Arrival<>(n++, offsets.nextLong());
      }
    };
  }

  /** Starts the operations the scheduler hands over. */
  @FunctionalInterface
  public interface Dispatcher<T> {

    /**
     * Starts an operation, now. It may block until it can (back-pressure: the scheduler falls
     * behind and the next starts are late).
     *
     * @param intendedNanos when it was meant to start ({@link System#nanoTime()}): measure its
     *     latency from there
     * @return false if it cannot be started at all (it is counted as dropped)
     */
    boolean start(T operation, long intendedNanos);
  }

  private final LoadRecorder recorder;

  /**
   * @param recorder counts the intended, late and dropped starts
   */
  public ArrivalScheduler(LoadRecorder recorder) {
    this.recorder = recorder;
  }

  /**
   * Hands every arrival to the dispatcher at its intended start, until there are no more or {@code
   * stop} says so.
   *
   * @param originNanos the run's time zero ({@link System#nanoTime()})
   * @return how many starts were intended, the dropped ones included
   */
  public <T> long run(
      long originNanos,
      Iterator<Arrival<T>> arrivals,
      Dispatcher<T> dispatcher,
      BooleanSupplier stop) {
    long intended = 0;
    while (!stop.getAsBoolean() && arrivals.hasNext()) {
      Arrival<T> arrival = arrivals.next();
      long due = originNanos + arrival.offsetNanos();
      if (!awaitUntil(due, stop)) {
        break;
      }
      intended++;
      recorder.intended();
      long handedOver = System.nanoTime();
      if (handedOver - due > LATE_AFTER.toNanos()) {
        recorder.late(due);
      }
      if (!dispatcher.start(arrival.operation(), due)) {
        recorder.dropped(due);
      }
    }
    return intended;
  }

  /** Parks until {@code due}; false if stopped first. */
  private static boolean awaitUntil(long due, BooleanSupplier stop) {
    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
      if (stop.getAsBoolean()) {
        return false;
      }
      LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }
}
