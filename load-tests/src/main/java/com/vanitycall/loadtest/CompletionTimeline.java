package com.vanitycall.loadtest;

import java.util.ArrayList;
import java.util.List;

/**
 * When the pipeline finished how many events, batch by batch, so that the rate can be read where
 * the JVM is warm: over the second half of the events (the first half also pays for the JIT
 * compilers, about a fifth of the benchmark JVM's CPU in the first 40 seconds).
 */
final class CompletionTimeline {

  private record Completion(long atNanos, int events) {}

  private final List<Completion> completions = new ArrayList<>();

  synchronized void done(long atNanos, int events) {
    if (events > 0) {
      completions.add(new Completion(atNanos, events));
    }
  }

  /**
   * Events per second from the batch that took the count past half of all events to the last batch,
   * counting the events of the batches after it; 0 if there are fewer than two such batches.
   */
  synchronized double secondHalfRate() {
    long total = completions.stream().mapToLong(Completion::events).sum();
    long count = 0;
    int halfway = -1;
    for (int i = 0; i < completions.size() && halfway < 0; i++) {
      count += completions.get(i).events();
      if (count * 2 >= total) {
        halfway = i;
      }
    }
    if (halfway < 0 || halfway >= completions.size() - 1) {
      return 0;
    }
    long events = total - count;
    long nanos =
        completions.get(completions.size() - 1).atNanos() - completions.get(halfway).atNanos();
    return nanos <= 0 ? 0 : events / (nanos / 1e9);
  }
}
