package com.vanitycall.cli.load;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.cli.DurationConverter;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.loadtest.ArrivalRate;
import com.vanitycall.loadtest.ClosedWorkload;
import com.vanitycall.loadtest.HandlerStorm;
import com.vanitycall.loadtest.Judgement;
import com.vanitycall.loadtest.LambdaStormTarget;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.OpenWorkload;
import com.vanitycall.loadtest.RunContext;
import com.vanitycall.loadtest.RunWatch;
import com.vanitycall.loadtest.StormTarget;
import com.vanitycall.loadtest.SyntheticCallEvents;
import com.vanitycall.loadtest.Thresholds;
import com.vanitycall.loadtest.Workload;
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
import java.util.LinkedHashMap;
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
 * {@code vanitycall load storm}: simulated calls through the Connect handler, in process on the
 * running local stack (or a throwaway in-memory one), or a deployed function: a closed model
 * ({@code --concurrency}) or an open one ({@code --rate}, {@code --stages}).
 */
@Command(
    name = "storm",
    mixinStandardHelpOptions = true,
    description =
        "Simulated calls through the Connect handler, in process, on the running local stack (else"
            + " a throwaway in-memory one): callers calling again when answered (--concurrency),"
            + " or calls starting at a rate (--rate, --stages) measured from their intended start;"
            + " calls/s and answer-time percentiles.")
public final class StormLoadCommand extends LoadSubcommand {

  /** A Lambda Invoke may take a cold start; Connect itself gives a function 8 s. */
  private static final CallBudget LAMBDA_BUDGET =
      new CallBudget(Duration.ofSeconds(8), Duration.ofSeconds(8), 1, Duration.ofMillis(100));

  private static final Duration DEFAULT_DURATION = Duration.ofSeconds(60);
  private static final int DEFAULT_CONCURRENCY = 4;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "how long (default 60s; --stages set their own)")
  private Duration duration;

  @Option(
      names = "--concurrency",
      description =
          "the closed model: callers at once, each calling again as soon as answered (default 4)")
  private Integer concurrency;

  @Option(
      names = "--ramp",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description = "with --concurrency: the callers join evenly over this long (${DEFAULT-VALUE})")
  private Duration ramp;

  @Option(
      names = "--rate",
      paramLabel = "PER_SECOND",
      description =
          "the open model: calls start at this rate whatever the handler does, each measured from"
              + " its intended start")
  private Double rate;

  @Option(
      names = "--stages",
      paramLabel = "D:R,...",
      description =
          "the open model, ramping: e.g. 30s:50,60s:300,30s:0 goes from 0 to 50 calls/s over 30 s,"
              + " to 300/s over 60 s, down to 0 over 30 s (linear between stages)")
  private String stages;

  @Option(
      names = "--max-in-flight",
      description =
          "with --rate or --stages: the most calls running at once; a start due when that many"
              + " run is dropped and counted (default "
              + OpenWorkload.DEFAULT_MAX_IN_FLIGHT
              + ")")
  private Integer maxInFlight;

  @Option(
      names = "--warmup",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "call for this long first, not measured (at the peak rate of an open model), so that the"
              + " JIT has compiled the handler's hot code, as in a warm Lambda (${DEFAULT-VALUE})")
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
  @Mixin private ThresholdOptions thresholdOptions;
  @Mixin private AbortOnFailOption abortOnFail;

  private RunWatch watch;

  @Override
  int run() throws IOException {
    // a cache look-up timing out under load is logged per call; the storm counts the sources
    Configurator.setLevel("com.vanitycall", Level.ERROR);
    Workload workload = workload();
    Thresholds thresholds = thresholdOptions.parse(spec, "storm", LoadReport.MEASURED);
    watch = abortOnFail.watch(spec, thresholds);
    List<String> numbers = numbers();
    if (function != null) {
      return onLambda(workload, thresholds, numbers);
    }
    if (!aws.local()) {
      throw new ParameterException(
          spec.commandLine(),
          "--region and --endpoint storm a deployed function: add --function NAME");
    }
    Optional<Map<String, String>> running = LocalStack.discoverRunning();
    if (running.isPresent()) {
      return inProcess(workload, thresholds, numbers, running.get(), "the running local stack");
    }
    try (LocalStack throwaway = LocalStack.inMemory()) {
      return inProcess(
          workload, thresholds, numbers, throwaway.environment(), "a throwaway in-memory stack");
    }
  }

  /** The closed model by default; the open one with --rate or --stages. */
  private Workload workload() {
    try {
      if (rate == null && stages == null) {
        if (maxInFlight != null) {
          throw new IllegalArgumentException(
              "--max-in-flight bounds an open model: give --rate or --stages with it");
        }
        return new ClosedWorkload(
            duration == null ? DEFAULT_DURATION : duration,
            concurrency == null ? DEFAULT_CONCURRENCY : concurrency,
            ramp);
      }
      if (rate != null && stages != null) {
        throw new IllegalArgumentException(
            "--rate and --stages are two ways to give the arrival rate: give one");
      }
      if (concurrency != null) {
        throw new IllegalArgumentException(
            "--concurrency is the closed model; with --rate or --stages calls start at the rate"
                + " (bound them with --max-in-flight)");
      }
      if (!ramp.isZero()) {
        throw new IllegalArgumentException(
            "--ramp joins the callers of --concurrency; ramp an arrival rate with --stages");
      }
      if (stages != null && duration != null) {
        throw new IllegalArgumentException("--stages set the duration: leave out --duration");
      }
      ArrivalRate arrivals =
          stages != null
              ? ArrivalRate.stages(stages)
              : ArrivalRate.constant(rate, duration == null ? DEFAULT_DURATION : duration);
      return new OpenWorkload(
          arrivals, maxInFlight == null ? OpenWorkload.DEFAULT_MAX_IN_FLIGHT : maxInFlight);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private int onLambda(Workload workload, Thresholds thresholds, List<String> numbers) {
    if (aws.local()) {
      throw new ParameterException(spec.commandLine(), "--function needs --region (or --endpoint)");
    }
    try (AwsClients clients = aws.clients()) {
      LambdaClient lambda = clients.client(LambdaClient.builder(), aws.endpoint(), LAMBDA_BUDGET);
      return storm(
          new LambdaStormTarget(lambda, function),
          workload,
          thresholds,
          numbers,
          "the function " + function + " on " + aws.description());
    }
  }

  private int inProcess(
      Workload workload,
      Thresholds thresholds,
      List<String> numbers,
      Map<String, String> environment,
      String where) {
    try (LocalConnectHandler local = LocalConnectHandler.start(environment)) {
      StormTarget handler = StormTarget.inProcess(local.handler());
      return storm(handler, workload, thresholds, numbers, "the Connect handler on " + where);
    }
  }

  private int storm(
      StormTarget handler,
      Workload workload,
      Thresholds thresholds,
      List<String> numbers,
      String where) {
    PrintWriter progress = spec.commandLine().getErr();
    RunContext run = RunContext.startingNow(configuration(settings(workload, where)));
    if (!warmup.isZero()) {
      progress.printf("warming up for %d s (not measured)...%n", warmup.toSeconds());
      progress.flush();
      new HandlerStorm(handler, workload.lasting(warmup), numbers)
          .run(new PrintWriter(Writer.nullWriter()));
    }
    progress.printf("storm: %s through %s...%n", workload.describe(), where);
    progress.flush();
    HandlerStorm.Result result = new HandlerStorm(handler, workload, numbers).run(progress, watch);
    LoadReport measured = result.report();
    LoadReport report =
        measured.judged(
            run.ended(),
            List.of(
                new Judgement(
                    "every call answered without error",
                    String.format("errors = %,d", measured.errorCount()),
                    measured.errorCount() == 0)),
            thresholds.judge(measured.measurements()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("answered from: %s%n", result.answeredFrom());
    reports.emit(report, title(workload), "Connect handler answer time", out);
    return Verdicts.exitCode(report.checks(), report.thresholds());
  }

  private Map<String, String> settings(Workload workload, String where) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("workload", workload.describe());
    settings.put("target", where);
    settings.put(
        "numbers",
        numbersFile == null ? "5,000 synthetic (seed " + seed + ")" : numbersFile.toString());
    settings.put("warm-up", warmup.toSeconds() + " s, not measured");
    settings.put("thresholds", thresholdOptions.describe());
    return settings;
  }

  private static String title(Workload workload) {
    return workload instanceof ClosedWorkload closed
        ? "storm, " + closed.concurrency() + " callers"
        : "storm, " + ((OpenWorkload) workload).arrivals().describe();
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
