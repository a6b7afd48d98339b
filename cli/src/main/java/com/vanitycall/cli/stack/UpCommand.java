package com.vanitycall.cli.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.cli.PortConverter;
import com.vanitycall.cli.UserErrorException;
import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.stack.DeadLetterRedrive;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackEnvironment;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.stack.StackStateFile;
import com.vanitycall.local.web.LocalWeb;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code vanitycall up}: the local stack until Ctrl-C, with the page, the API and the live feed at
 * {@code http://localhost:8080/}. Prints one line when ready, naming every URL; leaves a state file
 * for the other commands ({@code call}, {@code dead-letters}, {@code history}, {@code stats}) and
 * removes it on the way out.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description =
        "Start the local stack on loopback (DynamoDB Local, the Kinesis emulator, the pipe, the"
            + " workflow, and the page and API at http://localhost:8080/) and keep it running"
            + " until Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = PortConverter.class,
      description = "the page, the API and the live feed listen on this port (${DEFAULT-VALUE})")
  private int port;

  @Option(
      names = "--emulator-port",
      defaultValue = "8000",
      converter = PortConverter.class,
      description =
          "the DynamoDB endpoint listens on this port, the Kinesis emulator on the next"
              + " (${DEFAULT-VALUE})")
  private int emulatorPort;

  @Option(
      names = "--data",
      description = "where the data is kept across restarts (default .vanitycall/data)")
  private Path data;

  @Option(names = "--in-memory", description = "keep nothing: faster, for tests and benchmarks")
  private boolean inMemory;

  @Option(
      names = "--min-free-mb",
      defaultValue = "64",
      description =
          "refuse to start, and stop, with less free space than this where the data is, in MB"
              + " (${DEFAULT-VALUE}): a full disk loses what the emulators answer as written")
  private long minFreeMb;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (emulatorPort != 0 && (emulatorPort < 1024 || emulatorPort > 65_534)) {
      throw new ParameterException(
          spec.commandLine(),
          "--emulator-port "
              + emulatorPort
              + " cannot be used: DynamoDB takes it and the Kinesis emulator the next, so give"
              + " 1024 to 65534, or 0 for any free ones");
    }
    StackStateFile stateFile = StackStateFile.atDefaultLocation();
    StackStateFile.RunningStack running = stateFile.readRunning().orElse(null);
    if (running != null) {
      throw new UserErrorException(
          "a local stack is already running as process "
              + running.pid()
              + " (DynamoDB "
              + running.environment().get(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB)
              + ", state file "
              + stateFile.path()
              + "); stop it first (Ctrl-C where it runs, or kill "
              + running.pid()
              + ")");
    }
    Path dataDir =
        inMemory ? null : data != null ? data : ProjectHome.locate().resolve(".vanitycall/data");
    if (minFreeMb < 0) {
      throw new ParameterException(
          spec.commandLine(), "--min-free-mb " + minFreeMb + " cannot be negative");
    }
    StackOptions options =
        StackOptions.inMemory()
            .withBasePort(emulatorPort)
            .withDataDir(dataDir)
            .withMinFreeBytes(minFreeMb << 20);

    LocalStack stack = LocalStack.start(options);
    LocalWeb web;
    try {
      web = LocalWeb.start(stack, port);
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
    PipelineTally tally = new PipelineTally();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stateFile.delete();
                  String letters = deadLetters(stack);
                  try (stack) {
                    web.close();
                  }
                  out.printf(
                      "vanitycall local stack stopped after %s: %s, %s; %s%n",
                      tally.uptime(),
                      tally,
                      letters,
                      dataDir == null
                          ? "it kept nothing (in memory)"
                          : "its data is in " + dataDir);
                  out.flush();
                  stopped.countDown();
                },
                "vanitycall-up-stop"));
    stack.startPipeline(tally);
    Map<String, String> environment = new HashMap<>(stack.environment());
    environment.put(LocalWeb.API_URL, web.url().toString());
    stateFile.write(environment, ProcessHandle.current().pid());
    out.printf(
        "vanitycall local stack ready: page and API %s  live %s  DynamoDB %s  Kinesis %s  data %s"
            + "  (Ctrl-C stops; logs in %s)%n",
        web.url(),
        web.liveUrl(),
        stack.environment().get(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        stack.environment().get(SharedVariables.AWS_ENDPOINT_URL_KINESIS),
        dataDir == null ? "in memory" : dataDir,
        System.getProperty("vanitycall.log.dir", "target"));
    out.flush();
    String failure =
        CompletableFuture.anyOf(
                stack.failure().toCompletableFuture(),
                CompletableFuture.runAsync(UpCommand.await(stopped)))
            .thenApply(reason -> reason instanceof String why ? why : null)
            .join();
    if (failure != null) {
      // the shutdown hook stops what is left and removes the state file
      throw new CommandFailedException("the local stack stopped: " + failure);
    }
    return 0;
  }

  /**
   * The dead letters the stack holds as it stops, the pipe's and the workflow's: the pipe alone
   * cannot tell a record the workflow dead-lettered from one it stored.
   */
  private static String deadLetters(LocalStack stack) {
    StackEnvironment environment = new StackEnvironment(stack.environment());
    try (AwsClients clients = environment.clients()) {
      return DeadLetterRedrive.on(environment, clients).listing().count()
          + (stack.options().inMemoryMode() ? "" : " (./vanitycall dead-letters)");
    } catch (SdkException e) {
      return "its dead letters could not be counted (" + e.getMessage() + ")";
    }
  }

  private static Runnable await(CountDownLatch latch) {
    return () -> {
      try {
        latch.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
