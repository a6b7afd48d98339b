package com.vanitycall.local.stack;

import com.vanitycall.local.emulators.EmulatorStartException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The least free space a file-backed stack runs with. On a full disk, DynamoDB Local's SQLite rolls
 * a transaction back while DynamoDB Local answers it as written, and kinesalite dies: the stack
 * refuses to start below the floor, and while it runs, a watch tells it to stop as soon as the free
 * space falls below it, before either happens.
 */
final class FreeSpaceFloor implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(FreeSpaceFloor.class);

  /** How often the watch looks. */
  static final Duration EVERY = Duration.ofMillis(200);

  private final ScheduledExecutorService watch;

  private FreeSpaceFloor(ScheduledExecutorService watch) {
    this.watch = watch;
  }

  /**
   * @throws EmulatorStartException naming the directory, its free space and the floor, if it has
   *     less free than {@code floorBytes}
   */
  static void require(Path dir, long floorBytes) {
    long free = usable(dir);
    if (free < floorBytes) {
      throw new EmulatorStartException(below(dir, free, floorBytes) + ": free some space first");
    }
  }

  /** Watches the free space, and tells {@code onBelow} once, when it falls below the floor. */
  static FreeSpaceFloor watch(Path dir, long floorBytes, Consumer<String> onBelow) {
    ScheduledExecutorService watch =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "free-space-floor");
              thread.setDaemon(true);
              return thread;
            });
    watch.scheduleWithFixedDelay(
        () -> {
          try {
            long free = usable(dir);
            if (free < floorBytes) {
              onBelow.accept(below(dir, free, floorBytes) + ": stopped to lose nothing");
              watch.shutdown();
            }
          } catch (EmulatorStartException unreadable) {
            LOG.warn("the free space of {} could not be read: {}", dir, unreadable.toString());
          }
        },
        0,
        EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    return new FreeSpaceFloor(watch);
  }

  private static String below(Path dir, long free, long floorBytes) {
    return "the data directory "
        + dir
        + " has "
        + size(free)
        + " free, less than the "
        + size(floorBytes)
        + " the local stack keeps free (--min-free-mb)";
  }

  private static String size(long bytes) {
    return bytes >= 10L << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
  }

  /** The space free to this process on the file system that holds {@code dir} (or its parent). */
  private static long usable(Path dir) {
    Path existing = dir.toAbsolutePath();
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    try {
      return Files.getFileStore(existing).getUsableSpace();
    } catch (IOException e) {
      throw new EmulatorStartException("cannot tell how much space " + dir + " has free", e);
    }
  }

  @Override
  public void close() {
    watch.shutdownNow();
  }
}
