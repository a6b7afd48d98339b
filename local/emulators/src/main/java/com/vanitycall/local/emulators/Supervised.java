package com.vanitycall.local.emulators;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A child process of the local stack, watched: when it exits while the stack runs, it is started
 * again within a {@link RestartBudget}; when it may not be (it held what a restart cannot bring
 * back), when the budget is spent, or when it does not start, the supervisor gives up and says why
 * to whoever must stop the stack. Never a child that is gone and a stack that runs on, silently.
 *
 * @param <C> the child, closed when the supervisor is or when it has died
 */
public final class Supervised<C extends AutoCloseable> implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(Supervised.class);

  /**
   * How to start, watch and describe a child.
   *
   * @param name what the messages call it, e.g. {@code kinesalite}
   * @param start starts one (and throws if it does not start)
   * @param exit completes when a child's process has exited
   * @param exitReason why a child that exited did, in one line (its exit code, its last words)
   * @param notRestartable empty if a dead child may be started again, else why not
   */
  public record Child<C>(
      String name,
      Supplier<C> start,
      Function<C, CompletableFuture<?>> exit,
      Function<C, String> exitReason,
      Optional<String> notRestartable) {}

  private final Child<C> child;
  private final RestartBudget restarts;
  private final Consumer<String> onGivingUp;
  private C current;
  private boolean closing;
  private String gaveUp;

  private Supervised(Child<C> child, RestartBudget restarts, Consumer<String> onGivingUp) {
    this.child = child;
    this.restarts = restarts;
    this.onGivingUp = onGivingUp;
  }

  /** Starts the child and watches it from now on. */
  public static <C extends AutoCloseable> Supervised<C> start(
      Child<C> child, RestartBudget restarts, Consumer<String> onGivingUp) {
    Supervised<C> supervised = new Supervised<>(child, restarts, onGivingUp);
    C first = child.start().get();
    synchronized (supervised) {
      supervised.current = first;
    }
    supervised.watch(first);
    return supervised;
  }

  /**
   * The running child.
   *
   * @throws ChildGoneException if the supervisor gave up on it
   */
  public synchronized C current() {
    if (gaveUp != null) {
      throw new ChildGoneException(gaveUp);
    }
    return current;
  }

  /**
   * The child started in place of {@code dead}, waiting for it at most {@code wait}.
   *
   * @return empty if none came in time, or the supervisor gave up or is closing
   */
  public synchronized Optional<C> replacementOf(C dead, Duration wait) {
    long giveUpAt = System.nanoTime() + wait.toNanos();
    while (current == dead && gaveUp == null && !closing) {
      long left = giveUpAt - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return current == dead || gaveUp != null ? Optional.empty() : Optional.of(current);
  }

  /** Why the supervisor gave up, if it did. */
  public synchronized Optional<String> gaveUp() {
    return Optional.ofNullable(gaveUp);
  }

  private void watch(C watched) {
    child
        .exit()
        .apply(watched)
        .thenRun(
            () -> {
              Thread replacing = new Thread(() -> replace(watched), child.name() + "-restart");
              replacing.setDaemon(true);
              replacing.start();
            });
  }

  private void replace(C dead) {
    String why = child.name() + " exited (" + child.exitReason().apply(dead) + ")";
    Optional<Duration> wait;
    synchronized (this) {
      if (closing || current != dead) {
        return;
      }
      wait = child.notRestartable().isPresent() ? Optional.empty() : restarts.next();
    }
    closeQuietly(dead);
    if (wait.isEmpty()) {
      giveUp(
          why
              + ": "
              + child
                  .notRestartable()
                  .orElse("it was started again " + restarts.describe() + " already"));
      return;
    }
    C fresh = null;
    while (fresh == null) {
      LOG.error("{}; starting it again in {} ms", why, wait.get().toMillis());
      try {
        Thread.sleep(wait.get().toMillis());
        fresh = child.start().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // a start that fails (killed while starting, say) spends one restart of the budget, as a
        // death does
        why = child.name() + " did not start again (" + e.getMessage() + ")";
        wait = restarts.next();
        if (wait.isEmpty()) {
          giveUp(why + ": it was started again " + restarts.describe() + " already");
          return;
        }
      }
    }
    synchronized (this) {
      if (closing) {
        closeQuietly(fresh);
        return;
      }
      current = fresh;
      notifyAll();
    }
    LOG.warn("{} is running again", child.name());
    watch(fresh);
  }

  private void giveUp(String reason) {
    synchronized (this) {
      gaveUp = reason;
      notifyAll();
    }
    onGivingUp.accept(reason);
  }

  private void closeQuietly(C closing) {
    try {
      closing.close();
    } catch (Exception e) {
      LOG.debug("closing a dead {} failed: {}", child.name(), e.toString());
    }
  }

  @Override
  public void close() throws Exception {
    C last;
    synchronized (this) {
      closing = true;
      last = current;
      notifyAll();
    }
    last.close();
  }
}
