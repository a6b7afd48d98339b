package com.vanitycall.cli.load;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.cli.DurationConverter;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.loadtest.ContactEvents;
import com.vanitycall.loadtest.HandlerStorm;
import com.vanitycall.loadtest.LambdaStormTarget;
import com.vanitycall.loadtest.StormOptions;
import com.vanitycall.loadtest.StormTarget;
import com.vanitycall.loadtest.SyntheticCallEvents;
import com.vanitycall.local.stack.LocalConnectHandler;
import com.vanitycall.local.stack.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * {@code vanitycall load storm}: concurrent simulated calls through the Connect handler, in process
 * on the running local stack (or a throwaway in-memory one).
 */
@Command(
    name = "storm",
    mixinStandardHelpOptions = true,
    description =
        "Concurrent simulated calls through the Connect handler, in process, on the running local"
            + " stack (else a throwaway in-memory one): calls/s and answer-time percentiles.")
public final class StormLoadCommand extends LoadSubcommand {

  /** A Lambda Invoke may take a cold start; Connect itself gives a function 8 s. */
  private static final CallBudget LAMBDA_BUDGET =
      new CallBudget(Duration.ofSeconds(8), Duration.ofSeconds(8), 1, Duration.ofMillis(100));

  @Option(
      names = "--duration",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "how long (${DEFAULT-VALUE})")
  private Duration duration;

  @Option(
      names = "--concurrency",
      defaultValue = "4",
      description = "callers at once, each calling again as soon as answered (${DEFAULT-VALUE})")
  private int concurrency;

  @Option(
      names = "--ramp",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description = "the callers join evenly over this long (${DEFAULT-VALUE})")
  private Duration ramp;

  @Option(
      names = "--warmup",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "call at full concurrency for this long first, not measured, so that the JIT has compiled"
              + " the handler's hot code, as in a warm Lambda (${DEFAULT-VALUE})")
  private Duration warmup;

  @Option(
      names = "--numbers",
      paramLabel = "FILE",
      description =
          "callers' numbers, one a line, as the network gives them (default: 5,000 synthetic ones,"
              + " some withheld or invalid)")
  private Path numbersFile;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description =
          "seed of the synthetic numbers (${DEFAULT-VALUE}); every call is a new contact id")
  private long seed;

  @Option(
      names = "--function",
      paramLabel = "NAME",
      description =
          "storm a deployed Connect handler instead: Lambda Invoke with a Connect event (needs"
              + " --region, or --endpoint)")
  private String function;

  @Mixin private AwsAccess aws;
  @Mixin private ReportOptions reports;

  @Override
  int run() throws IOException {
    // a cache look-up timing out under load is logged per call; the storm counts the sources
    Configurator.setLevel("com.vanitycall", Level.ERROR);
    StormOptions options;
    try {
      options = new StormOptions(duration, concurrency, ramp);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<String> numbers = numbers();
    if (function != null) {
      return onLambda(options, numbers);
    }
    if (!aws.local()) {
      throw new ParameterException(
          spec.commandLine(),
          "--region and --endpoint storm a deployed function: add --function NAME");
    }
    Optional<Map<String, String>> running = LocalStack.discoverRunning();
    if (running.isPresent()) {
      return inProcess(options, numbers, running.get(), "the running local stack");
    }
    try (LocalStack throwaway = LocalStack.inMemory()) {
      return inProcess(options, numbers, throwaway.environment(), "a throwaway in-memory stack");
    }
  }

  private int onLambda(StormOptions options, List<String> numbers) {
    if (aws.local()) {
      throw new ParameterException(spec.commandLine(), "--function needs --region (or --endpoint)");
    }
    try (AwsClients clients = aws.clients()) {
      LambdaClient lambda = clients.client(LambdaClient.builder(), aws.endpoint(), LAMBDA_BUDGET);
      return storm(
          new LambdaStormTarget(lambda, function),
          options,
          numbers,
          "the function " + function + " on " + aws.description());
    }
  }

  private int inProcess(
      StormOptions options, List<String> numbers, Map<String, String> environment, String where) {
    try (LocalConnectHandler local = LocalConnectHandler.start(environment)) {
      StormTarget handler =
          (contactId, number) ->
              local
                  .handler()
                  .handleRequest(ContactEvents.from(contactId, number), null)
                  .get("source");
      return storm(handler, options, numbers, "the Connect handler on " + where);
    }
  }

  private int storm(StormTarget handler, StormOptions options, List<String> numbers, String where) {
    PrintWriter progress = spec.commandLine().getErr();
    if (!warmup.isZero()) {
      progress.printf("warming up for %d s (not measured)...%n", warmup.toSeconds());
      progress.flush();
      new HandlerStorm(
              handler, new StormOptions(warmup, options.concurrency(), Duration.ZERO), numbers)
          .run(new PrintWriter(Writer.nullWriter()));
    }
    progress.printf(
        "storm: %d callers for %d s (ramp %d s) through %s...%n",
        options.concurrency(), options.duration().toSeconds(), options.ramp().toSeconds(), where);
    progress.flush();
    HandlerStorm.Result result = new HandlerStorm(handler, options, numbers).run(progress);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("answered from: %s%n", result.answeredFrom());
    reports.emit(
        result.report(),
        "storm, " + options.concurrency() + " callers",
        "Connect handler answer time",
        out);
    return result.report().errorCount() == 0 ? 0 : 1;
  }

  private List<String> numbers() throws IOException {
    if (numbersFile == null) {
      return SyntheticCallEvents.generate(5_000, seed, Instant.now()).stream()
          .map(StormLoadCommand::asTheNetworkGivesIt)
          .toList();
    }
    if (!Files.isRegularFile(numbersFile)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + numbersFile);
    }
    List<String> lines =
        Files.readAllLines(numbersFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    if (lines.isEmpty()) {
      throw new ParameterException(spec.commandLine(), numbersFile + " holds no numbers");
    }
    return lines;
  }

  private static String asTheNetworkGivesIt(CallEvent event) {
    return switch (event.callerStatus()) {
      case VALID -> event.callerNumber();
      case WITHHELD -> "anonymous";
      case INVALID -> "+999123";
    };
  }
}
