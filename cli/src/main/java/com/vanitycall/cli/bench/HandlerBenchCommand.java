package com.vanitycall.cli.bench;

import com.vanitycall.cli.UserErrorException;
import com.vanitycall.connect.ConnectConfig;
import com.vanitycall.loadtest.ColdStarts;
import com.vanitycall.loadtest.HandlerBenchmark;
import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.stack.LocalConnectHandler;
import com.vanitycall.local.stack.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall bench handler} (also {@code bench-handler}): the Connect handler's warm latency
 * on a local stack, for cache hits and misses, then its cold starts, each a fresh JVM from start to
 * the first answered call.
 */
@Command(
    name = "handler",
    mixinStandardHelpOptions = true,
    description =
        "Warm latency of the Connect handler on a local stack (cache hit and miss) and its cold"
            + " start.")
public final class HandlerBenchCommand implements Callable<Integer> {

  @Option(names = "--calls", description = "measured calls per case (default ${DEFAULT-VALUE})")
  private int calls = 2_000;

  @Option(names = "--warmup", description = "unmeasured calls first (default ${DEFAULT-VALUE})")
  private int warmup = 1_000;

  @Option(names = "--cold-starts", description = "fresh JVMs to time (default ${DEFAULT-VALUE})")
  private int coldStarts = 3;

  @Option(names = "--seed", description = "seed of the random numbers (default ${DEFAULT-VALUE})")
  private long seed = 42;

  @Option(
      names = "--probe-jvm-option",
      description =
          "JVM options of the cold-start probes (default: C1 only, as AWS advises for Lambda cold starts)")
  private List<String> probeJvmOptions =
      List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

  @Option(
      names = "--on-running-stack",
      description =
          "use the stack './vanitycall up --in-memory' runs, so that DynamoDB Local is not in the measuring JVM")
  private boolean onRunningStack;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    HandlerBenchmark.Options options;
    try {
      options = new HandlerBenchmark.Options(calls, warmup, seed);
    } catch (IllegalArgumentException e) {
      throw new UserErrorException(e.getMessage());
    }
    if (onRunningStack) {
      Map<String, String> running =
          LocalStack.discoverRunning()
              .orElseThrow(
                  () -> new UserErrorException("no local stack is running: start ./vanitycall up"));
      bench(options, running, "the running local stack");
      return 0;
    }
    try (LocalStack stack = LocalStack.inMemory()) {
      bench(options, stack.environment(), "a throwaway in-memory local stack");
    }
    return 0;
  }

  private void bench(
      HandlerBenchmark.Options options, Map<String, String> environment, String where)
      throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (LocalConnectHandler local = LocalConnectHandler.start(environment)) {
      new HandlerBenchmark(options, local.handler(), ConnectConfig.from(environment))
          .run(where, out);
    }
    ColdStarts cold = new ColdStarts(lambdaJar(), probeJvmOptions, environment);
    for (int i = 1; i <= coldStarts; i++) {
      out.printf("cold start %d: %s%n", i, cold.measureOne());
      out.flush();
    }
  }

  /** The Connect handler's shaded jar, as deployed, if the build made one. */
  private static Optional<Path> lambdaJar() throws IOException {
    Path target = ProjectHome.locate().resolve("functions/connect/target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-lambda.jar")).findFirst();
    }
  }
}
