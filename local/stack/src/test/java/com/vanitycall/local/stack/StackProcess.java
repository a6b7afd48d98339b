package com.vanitycall.local.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A file-backed local stack with its pipeline in a process of its own, as {@code ./vanitycall up}
 * runs it, so that a test can kill it outright. Arguments: the data directory and the state file to
 * announce it in.
 */
public final class StackProcess {

  private StackProcess() {}

  public static void main(String[] args) throws InterruptedException {
    LocalStack stack =
        LocalStack.start(
            StackOptions.fileBacked(Path.of(args[0])).withPipe(PipelineEndToEndIT.QUICK_PIPE));
    stack.startPipeline(PipeListener.NONE);
    new StackStateFile(Path.of(args[1])).write(stack.environment(), ProcessHandle.current().pid());
    new CountDownLatch(1).await();
  }
}
