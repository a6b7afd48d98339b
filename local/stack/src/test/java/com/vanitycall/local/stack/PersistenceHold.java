package com.vanitycall.local.stack;

import com.vanitycall.local.workflow.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Holds the workflow's PersistAndCount task for good once a test arms it (by creating the {@code
 * armed} file), and says so (by creating the {@code holding} file): from then on, batches are read
 * from the stream and scored, their cache entries refreshed, but never persisted or checkpointed. A
 * test that kills the stack while it holds kills it mid-run for certain, whatever the machine's
 * speed.
 */
final class PersistenceHold {

  private final Path armed;
  private final Path holding;
  private final CountDownLatch never = new CountDownLatch(1);

  PersistenceHold(Path armed, Path holding) {
    this.armed = armed;
    this.holding = holding;
  }

  TaskRunner around(TaskRunner tasks) {
    return request -> {
      if (request.state().equals("PersistAndCount") && Files.exists(armed)) {
        hold();
      }
      return tasks.run(request);
    };
  }

  private void hold() {
    try {
      Files.createFile(holding);
    } catch (FileAlreadyExistsException alreadyHolding) {
      // another shard's batch is held as well
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      never.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("the hold ended: the stack is stopping");
  }
}
