package com.vanitycall.cli.stack;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.cli.PortConverter;
import com.vanitycall.local.lake.BufferHints;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.stack.StackStateFile;
import com.vanitycall.local.web.LocalWeb;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall demo}: the whole thing on one machine. On the running local stack if there is
 * one ({@code ./vanitycall up}, which goes on serving the page); else on an in-memory stack of its
 * own, which keeps serving the page and the API after the demo until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Place a few calls through the contact flow and show what the callers heard and what the"
            + " pipeline stored: on the running local stack if there is one, else on an in-memory"
            + " stack of its own that keeps serving the page until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = {"--no-wait", "--exit"},
      description = "exit after the demo instead of serving until Ctrl-C (tests, CI)")
  private boolean noWait;

  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = PortConverter.class,
      description =
          "the page, the API and the live feed of the demo's own stack listen on this port; 0: any"
              + " free one")
  private int port;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    PrintWriter out = spec.commandLine().getOut();
    Optional<Map<String, String>> running = LocalStack.discoverRunning();
    if (running.isPresent()) {
      out.printf(
          "Using the running local stack (./vanitycall up), whose page is %s%n",
          running.get().getOrDefault(LocalWeb.API_URL, "not served"));
      new DemoCalls(out).run(running.get());
      out.printf("%nWatch the page: %s%n", running.get().getOrDefault(LocalWeb.API_URL, "-"));
      out.flush();
      return 0;
    }
    out.println("Starting an in-memory local stack: DynamoDB Local, kinesalite, pipe, workflow...");
    out.flush();
    long started = System.nanoTime();
    // its own lake writes its buffer within seconds, so that the demo ends with its calls in it
    LocalStack stack =
        LocalStack.start(
            StackOptions.inMemory()
                .withLakeBuffer(new BufferHints(BufferHints.LOCAL.bytes(), Duration.ofSeconds(2))));
    LocalWeb web = null;
    try {
      stack.startPipeline(PipeListener.NONE);
      web = LocalWeb.start(stack, port);
      out.printf("ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
      new DemoCalls(out).run(stack.environment());
      out.printf("%nThe last callers, live, and today's figures: %s%n", web.url());
      out.flush();
      if (!noWait) {
        serveUntilStopped(stack, web, out);
      }
      return 0;
    } finally {
      try (stack) {
        if (web != null) {
          web.close();
        }
      }
    }
  }

  private static void serveUntilStopped(LocalStack stack, LocalWeb web, PrintWriter out)
      throws InterruptedException {
    StackStateFile stateFile = StackStateFile.atDefaultLocation();
    boolean announced = stateFile.readLive().isEmpty();
    if (announced) {
      Map<String, String> environment = new HashMap<>(stack.environment());
      environment.put(LocalWeb.API_URL, web.url().toString());
      stateFile.write(environment, ProcessHandle.current().pid());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (announced) {
                    stateFile.delete();
                  }
                  try (stack) {
                    web.close();
                  }
                  stopped.countDown();
                },
                "vanitycall-demo-stop"));
    out.printf(
        "%nThe local stack keeps serving: the page %s (DynamoDB %s, Kinesis %s).%n"
            + "Try ./vanitycall call +18003569377, ./vanitycall history or ./vanitycall stats in"
            + " another terminal and watch the page; Ctrl-C stops.%n",
        web.url(),
        stack.environment().get(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        stack.environment().get(SharedVariables.AWS_ENDPOINT_URL_KINESIS));
    out.flush();
    stopped.await();
  }
}
