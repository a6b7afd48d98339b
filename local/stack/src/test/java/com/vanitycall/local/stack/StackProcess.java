package com.vanitycall.local.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A file-backed local stack with its pipeline in a process of its own, as {@code ./vanitycall up}
 * runs it, so that a test can kill it outright. Arguments: the data directory, the state file to
 * announce it in, and the two files of a {@link PersistenceHold} (armed, holding). It ends by
 * itself when the process that started it ends, however that ends.
 */
public final class StackProcess {

  private StackProcess() {}

  public static void main(String[] args) throws InterruptedException {
    ProcessHandle.current()
        .parent()
        .ifPresent(owner -> owner.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
    PersistenceHold hold = new PersistenceHold(Path.of(args[2]), Path.of(args[3]));
    LocalStack stack =
        LocalStack.start(
            StackOptions.fileBacked(Path.of(args[0])).withPipe(PipelineEndToEndIT.QUICK_PIPE));
    stack.startPipeline(hold::around, PipeListener.NONE);
    new StackStateFile(Path.of(args[1])).write(stack.environment(), ProcessHandle.current().pid());
    new CountDownLatch(1).await();
  }
}
