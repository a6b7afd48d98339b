package com.vanitycall.local.emulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisor with a real child process, killed: a start that fails (a child killed while it
 * starts) spends one restart of the budget and the next start serves; a budget spent on failed
 * starts gives up with the reason.
 */
class SupervisedTest {

  /** A child process that does nothing for a minute, unless killed. */
  record Sleeper(Process process) implements AutoCloseable {
    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private final List<Sleeper> started = new CopyOnWriteArrayList<>();
  private final AtomicInteger starts = new AtomicInteger();
  private final AtomicReference<String> gaveUp = new AtomicReference<>();

  @AfterEach
  void noSleeperIsLeft() {
    started.forEach(Sleeper::close);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> started.stream().noneMatch(s -> s.process().isAlive()));
  }

  @Test
  void aStartThatFails_spendsOneRestart_andTheNextStartServes() throws Exception {
    try (Supervised<Sleeper> supervised = supervise(start -> start == 2, 3)) {
      Sleeper first = supervised.current();
      first.process().destroyForcibly();

      Optional<Sleeper> next = supervised.replacementOf(first, Duration.ofSeconds(30));

      assertThat(next).isPresent();
      assertThat(next.get().process().isAlive()).isTrue();
      assertThat(starts).hasValue(3);
      assertThat(gaveUp.get()).isNull();
    }
  }

  @Test
  void aBudgetSpentOnStartsThatFail_givesUp_sayingWhy() throws Exception {
    try (Supervised<Sleeper> supervised = supervise(start -> start > 1, 2)) {
      supervised.current().process().destroyForcibly();

      await().atMost(Duration.ofSeconds(30)).until(() -> gaveUp.get() != null);

      assertThat(gaveUp.get())
          .startsWith("sleeper did not start again (killed while starting)")
          .endsWith("it was started again 2 restarts within PT1M already");
      assertThat(starts).hasValue(3);
      assertThat(supervised.gaveUp()).isPresent();
    }
  }

  /** Supervises sleepers whose n-th start (from 1) fails where {@code fails} says so. */
  private Supervised<Sleeper> supervise(IntPredicate fails, int restarts) {
    return Supervised.start(
        new Supervised.Child<>(
            "sleeper",
            () -> {
              if (fails.test(starts.incrementAndGet())) {
                throw new IllegalStateException("killed while starting");
              }
              try {
                Sleeper sleeper = new Sleeper(new ProcessBuilder("sleep", "60").start());
                started.add(sleeper);
                return sleeper;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            sleeper -> sleeper.process().onExit(),
            sleeper -> "exit code " + sleeper.process().exitValue(),
            Optional.empty()),
        new RestartBudget(
            restarts, Duration.ofMinutes(1), Duration.ofMillis(10), Clock.systemUTC()),
        gaveUp::set);
  }
}
