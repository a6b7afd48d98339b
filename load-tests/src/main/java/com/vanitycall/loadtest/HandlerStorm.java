package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code load storm}: callers placing calls through the Connect handler as fast as it answers, a
 * closed loop per caller (there is no schedule to fall behind, so latency is each call's own answer
 * time), joining evenly over the ramp. Progress every five seconds.
 */
public final class HandlerStorm {

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  private final StormTarget target;
  private final StormOptions options;
  private final List<String> numbers;

  /**
   * @param numbers the callers' numbers, used in turn; any text Connect could send
   */
  public HandlerStorm(StormTarget target, StormOptions options, List<String> numbers) {
    if (numbers.isEmpty()) {
      throw new IllegalArgumentException("a storm needs at least one caller number");
    }
    this.target = target;
    this.options = options;
    this.numbers = List.copyOf(numbers);
  }

  /**
   * What a storm measured: the report, the calls by answer source, and each call's answer time in
   * microseconds by contact id (to hold against the handler's own timing).
   */
  public record Result(
      LoadReport report, Map<String, Long> answeredFrom, Map<String, Long> micros) {

    public Result {
      answeredFrom = Map.copyOf(answeredFrom);
      micros = Map.copyOf(micros);
    }
  }

  public Result run(PrintWriter progress) {
    LoadRecorder recorder = new LoadRecorder("calls answered");
    Map<String, LongAdder> sources = new ConcurrentHashMap<>();
    Map<String, Long> micros = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    long end = start + options.duration().toNanos();
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < options.concurrency(); i++) {
      long joinAt = start + options.ramp().toNanos() * i / options.concurrency();
      int first = i;
      Thread caller =
          new Thread(
              () -> {
                LockSupport.parkNanos(joinAt - System.nanoTime());
                for (int n = first; System.nanoTime() < end; n += options.concurrency()) {
                  // a new contact every call, as Connect gives: a second storm on the same stack
                  // is new calls, not replays the pipeline would drop
                  String contactId = UUID.randomUUID().toString();
                  String number = numbers.get(n % numbers.size());
                  long started = System.nanoTime();
                  try {
                    String source = target.call(contactId, number);
                    long done = System.nanoTime();
                    recorder.done(done, (done - started) / 1_000);
                    micros.put(contactId, (done - started) / 1_000);
                    sources
                        .computeIfAbsent(String.valueOf(source), s -> new LongAdder())
                        .increment();
                  } catch (StormCallFailedException e) {
                    recorder.error(e.kind());
                  } catch (RuntimeException e) {
                    recorder.error(e.getClass().getSimpleName());
                  }
                }
              },
              "storm-caller-" + i);
      caller.setDaemon(true);
      callers.add(caller);
      caller.start();
    }
    awaitWithProgress(callers, recorder, progress);
    Map<String, Long> answeredFrom = new TreeMap<>();
    sources.forEach((source, n) -> answeredFrom.put(source, n.sum()));
    return new Result(recorder.report(), answeredFrom, micros);
  }

  private static void awaitWithProgress(
      List<Thread> callers, LoadRecorder recorder, PrintWriter progress) {
    long lastCount = 0;
    for (Thread caller : callers) {
      while (caller.isAlive()) {
        try {
          caller.join(PROGRESS_EVERY.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          callers.forEach(Thread::interrupt);
          return;
        }
        if (caller.isAlive()) {
          long count = recorder.count();
          progress.printf(
              "storm %5.0f s: %,d calls answered (%,.0f/s)%n",
              recorder.elapsedNanos() / 1e9,
              count,
              (count - lastCount) / (double) PROGRESS_EVERY.toSeconds());
          progress.flush();
          lastCount = count;
        }
      }
    }
  }
}
