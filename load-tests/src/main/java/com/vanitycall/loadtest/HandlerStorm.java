package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code load storm}: calls through the Connect handler, each a new contact, in one of two models
 * ({@link Workload}). Closed: callers each placing the next call as soon as the last is answered,
 * joining evenly over the ramp; a call's latency is its own answer time. Open: calls start at the
 * arrival rate whatever the handler does ({@link ArrivalScheduler}), at most {@code
 * --max-in-flight} at once, each measured from its intended start, late and dropped starts counted.
 * A progress line every five seconds while the storm is meant to go on.
 */
public final class HandlerStorm {

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  /** How long the calls still running at the end of an open storm are waited for. */
  private static final Duration LAST_CALLS_GRACE = Duration.ofSeconds(30);

  private final StormTarget target;
  private final Workload workload;
  private final List<String> numbers;
  private final Duration progressEvery;

  /**
   * @param numbers the callers' numbers, used in turn; any text Connect could send
   */
  public HandlerStorm(StormTarget target, Workload workload, List<String> numbers) {
    this(target, workload, numbers, PROGRESS_EVERY);
  }

  HandlerStorm(
      StormTarget target, Workload workload, List<String> numbers, Duration progressEvery) {
    if (numbers.isEmpty()) {
      throw new IllegalArgumentException("a storm needs at least one caller number");
    }
    this.target = target;
    this.workload = workload;
    this.numbers = List.copyOf(numbers);
    this.progressEvery = progressEvery;
  }

  /**
   * What a storm measured: the report (which says why it stopped early, if it did), the calls by
   * answer source, and each call's answer time in microseconds by contact id (to hold against the
   * handler's own timing).
   */
  public record Result(
      LoadReport report, Map<String, Long> answeredFrom, Map<String, Long> micros) {

    public Result {
      answeredFrom = Map.copyOf(answeredFrom);
      micros = Map.copyOf(micros);
    }
  }

  public Result run(PrintWriter progress) {
    return run(progress, RunWatch.NONE);
  }

  /**
   * @param watch looked at once a second; it may stop the storm early
   */
  public Result run(PrintWriter progress, RunWatch watch) {
    Calls calls = new Calls();
    long[] lastCount = {0};
    RunMonitor monitor =
        new RunMonitor(
            calls.recorder,
            watch,
            progressEvery,
            () -> {
              long count = calls.recorder.count();
              LoadReport soFar = calls.recorder.report();
              progress.printf(
                  "storm %5.0f s: %,d calls answered so far, %,.0f/s in the last %d s%s%n",
                  calls.recorder.elapsedNanos() / 1e9,
                  count,
                  (count - lastCount[0]) / (double) progressEvery.toSeconds(),
                  progressEvery.toSeconds(),
                  soFar.scheduled()
                      ? String.format(
                          "; %,d late, %,d dropped, %,d in flight",
                          soFar.late(), soFar.dropped(), calls.inFlight())
                      : "");
              progress.flush();
              lastCount[0] = count;
            });
    long end = calls.recorder.startedNanos() + workload.duration().toNanos();
    if (workload instanceof ClosedWorkload closed) {
      runClosed(closed, calls, monitor, end);
    } else {
      runOpen((OpenWorkload) workload, calls, monitor, end);
    }
    Map<String, Long> answeredFrom = new TreeMap<>();
    calls.sources.forEach((source, n) -> answeredFrom.put(source, n.sum()));
    return new Result(
        calls.recorder.report().stoppedEarly(monitor.abortedBecause().orElse(null)),
        answeredFrom,
        calls.micros);
  }

  private void runClosed(ClosedWorkload closed, Calls calls, RunMonitor monitor, long end) {
    long start = calls.recorder.startedNanos();
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < closed.concurrency(); i++) {
      long joinAt = start + closed.ramp().toNanos() * i / closed.concurrency();
      int first = i;
      Thread caller =
          new Thread(
              () -> {
                LockSupport.parkNanos(joinAt - System.nanoTime());
                for (int n = first;
                    System.nanoTime() < end && !monitor.stopRequested();
                    n += closed.concurrency()) {
                  long started = System.nanoTime();
                  calls.place(n, started);
                }
              },
              "storm-caller-" + i);
      caller.setDaemon(true);
      callers.add(caller);
      caller.start();
    }
    monitor.watchUntil(() -> callers.stream().noneMatch(Thread::isAlive), end);
  }

  private void runOpen(OpenWorkload open, Calls calls, RunMonitor monitor, long end) {
    Semaphore slots = new Semaphore(open.maxInFlight());
    ExecutorService workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread worker = new Thread(task, "storm-call");
              worker.setDaemon(true);
              return worker;
            });
    calls.slots = slots;
    calls.maxInFlight = open.maxInFlight();
    Iterator<ArrivalScheduler.Arrival<Integer>> arrivals =
        ArrivalScheduler.numbered(open.arrivals().startOffsetsNanos());
    Thread scheduler =
        new Thread(
            () ->
                new ArrivalScheduler(calls.recorder)
                    .run(
                        calls.recorder.startedNanos(),
                        arrivals,
                        (n, intendedNanos) -> {
                          if (!slots.tryAcquire()) {
                            return false;
                          }
                          workers.execute(
                              () -> {
                                try {
                                  calls.place(n, intendedNanos);
                                } finally {
                                  slots.release();
                                }
                              });
                          return true;
                        },
                        monitor::stopRequested),
            "storm-scheduler");
    scheduler.setDaemon(true);
    scheduler.start();
    monitor.watchUntil(() -> !scheduler.isAlive(), end);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(LAST_CALLS_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        calls.recorder.errors(
            "still running " + LAST_CALLS_GRACE.toSeconds() + " s after the end", calls.inFlight());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Places calls and records them, from any thread. */
  private final class Calls {

    final LoadRecorder recorder = new LoadRecorder("storm", "calls answered");
    final Map<String, LongAdder> sources = new ConcurrentHashMap<>();
    final Map<String, Long> micros = new ConcurrentHashMap<>();
    volatile Semaphore slots;
    volatile int maxInFlight;

    /**
     * Places the {@code n}-th call, measured from {@code fromNanos} (its intended start in the open
     * model, its actual start in the closed one).
     */
    void place(int n, long fromNanos) {
      // a new contact every call, as Connect gives: a second storm on the same stack is new calls,
      // not replays the pipeline would drop
      String contactId = UUID.randomUUID().toString();
      String number = numbers.get(Math.floorMod(n, numbers.size()));
      try {
        String source = target.call(contactId, number);
        long done = System.nanoTime();
        long latencyMicros = (done - fromNanos) / 1_000;
        recorder.done(done, latencyMicros);
        micros.put(contactId, latencyMicros);
        sources.computeIfAbsent(String.valueOf(source), s -> new LongAdder()).increment();
      } catch (StormCallFailedException e) {
        recorder.error(e.kind());
      } catch (RuntimeException e) {
        recorder.error(e.getClass().getSimpleName());
      }
    }

    int inFlight() {
      Semaphore current = slots;
      return current == null ? 0 : maxInFlight - current.availablePermits();
    }
  }
}
