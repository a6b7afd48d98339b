package com.vanitycall.local.emulators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How often a child process of the local stack that died is started again before the stack gives up
 * and stops: at most {@code limit} restarts within {@code window}, each after a wait that doubles
 * from {@code firstWait}. A child that keeps dying (its disk is full, its data is broken) stops the
 * stack with the reason instead of running it on, degraded.
 */
public final class RestartBudget {

  private final int limit;
  private final Duration window;
  private final Duration firstWait;
  private final Clock clock;
  private final Deque<Instant> recent = new ArrayDeque<>();

  public RestartBudget(int limit, Duration window, Duration firstWait, Clock clock) {
    if (limit < 0) {
      throw new IllegalArgumentException("a restart limit cannot be negative: " + limit);
    }
    this.limit = limit;
    this.window = window;
    this.firstWait = firstWait;
    this.clock = clock;
  }

  /** Three restarts within ten minutes, after 0.5, 1 and 2 seconds. */
  public static RestartBudget standard() {
    return new RestartBudget(3, Duration.ofMinutes(10), Duration.ofMillis(500), Clock.systemUTC());
  }

  /** The wait before the next restart, counting it; empty when the budget is spent. */
  public synchronized Optional<Duration> next() {
    Instant now = clock.instant();
    while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
      recent.removeFirst();
    }
    if (recent.size() >= limit) {
      return Optional.empty();
    }
    recent.addLast(now);
    return Optional.of(firstWait.multipliedBy(1L << (recent.size() - 1)));
  }

  /** What the budget allows, for a message: "3 restarts within PT10M". */
  public String describe() {
    return limit + " restarts within " + window;
  }
}
