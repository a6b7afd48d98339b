package com.vanitycall.local.cli;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.connect.ConnectHandler;
import com.vanitycall.core.call.CachedVanities;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.simulator.LocalConnectHandler;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackEnvironment;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * {@code vanitycall bench-handler}: the Connect handler's latency on a throwaway in-memory local
 * stack (DynamoDB Local and kinesalite over HTTP on loopback), warm, for cache hits and misses;
 * then cold starts, each a fresh JVM from start to the first answered call.
 */
@Command(
    name = "bench-handler",
    mixinStandardHelpOptions = true,
    description =
        "Warm latency of the Connect handler on a local stack (cache hit and miss) and its cold start.")
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
    PrintWriter out = spec.commandLine().getOut();
    if (onRunningStack) {
      Map<String, String> running =
          LocalStack.discoverRunning()
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(), "no local stack is running: start ./vanitycall up"));
      bench(running, "the running local stack", out);
      return 0;
    }
    try (LocalStack stack = LocalStack.inMemory()) {
      bench(stack.environment(), "a throwaway in-memory local stack", out);
    }
    return 0;
  }

  private void bench(Map<String, String> environment, String where, PrintWriter out)
      throws IOException, InterruptedException {
    try (AwsClients clients = new StackEnvironment(environment).clients();
        LocalConnectHandler local = LocalConnectHandler.start(environment)) {
      DynamoDbClient dynamo = clients.dynamoDb(CallBudget.inBackground());
      List<PhoneNumber> cached = numbers(warmup + calls, new Random(seed));
      List<PhoneNumber> uncached = numbers(warmup + calls, new Random(seed + 1));
      cache(dynamo, environment.get("VANITY_CACHE_TABLE"), cached);
      long started = System.nanoTime();
      Map<String, String> first =
          local
              .handler()
              .handleRequest(ContactEvents.from("bench-first", cached.get(0).e164()), null);
      out.printf(
          "first call after priming (what a SnapStart restore sees): %.1f ms, answered from %s%n",
          (System.nanoTime() - started) / 1e6, first.get("source"));
      out.printf(
          "Connect handler on %s: %,d warm-up + %,d measured calls per case%n",
          where, warmup, calls);
      report(out, "cache hit ", measure(local.handler(), cached, "CACHE"));
      report(out, "cache miss", measure(local.handler(), uncached, "QUICK"));
      report(
          out,
          "the floor",
          floor(dynamo, clients.kinesis(CallBudget.inBackground()), environment, cached));
      out.flush();
      for (int i = 1; i <= coldStarts; i++) {
        out.printf("cold start %d: %s%n", i, coldStart(environment, probeJvmOptions));
        out.flush();
      }
    }
  }

  /** Valid North American numbers, distinct, from a seeded generator. */
  private static List<PhoneNumber> numbers(int count, Random random) {
    var parser = new CallerNumberParser();
    List<PhoneNumber> numbers = new ArrayList<>(count);
    while (numbers.size() < count) {
      String candidate =
          String.format(
              "+1%d%02d%d%06d",
              2 + random.nextInt(8),
              random.nextInt(100),
              2 + random.nextInt(8),
              random.nextInt(1_000_000));
      parser.parse(candidate).number().filter(n -> !numbers.contains(n)).ifPresent(numbers::add);
    }
    return numbers;
  }

  private static void cache(DynamoDbClient dynamo, String table, List<PhoneNumber> numbers) {
    var cache = new DynamoDbVanityCache(dynamo, table, Duration.ofDays(1), Clock.systemUTC());
    Vanity deep = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 99, "FLOWERS");
    numbers.forEach(
        n -> cache.offer(n, new CachedVanities(List.of(deep, deep, deep), "bench", Instant.now())));
  }

  private Measured measure(ConnectHandler handler, List<PhoneNumber> numbers, String expected) {
    Histogram micros = new Histogram(3_600_000_000L, 3);
    int otherwise = 0;
    for (int i = 0; i < numbers.size(); i++) {
      var event = ContactEvents.from("bench-" + expected + "-" + i, numbers.get(i).e164());
      long started = System.nanoTime();
      Map<String, String> answer = handler.handleRequest(event, null);
      long took = (System.nanoTime() - started) / 1_000;
      if (i >= warmup) {
        micros.recordValue(took);
        otherwise += expected.equals(answer.get("source")) ? 0 : 1;
      }
    }
    return Measured.answeredFrom(micros, expected, otherwise);
  }

  /**
   * The emulators alone: one GetItem and one PutRecord per call, what the handler cannot go below
   * on this stack; the handler's own cost is the difference.
   */
  private Measured floor(
      DynamoDbClient dynamo,
      KinesisClient kinesis,
      Map<String, String> environment,
      List<PhoneNumber> numbers) {
    String table = environment.get("VANITY_CACHE_TABLE");
    String stream = environment.get("CALL_EVENTS_STREAM");
    SdkBytes record = SdkBytes.fromUtf8String("{\"bench\":\"floor\"}");
    Histogram micros = new Histogram(3_600_000_000L, 3);
    for (int i = 0; i < numbers.size(); i++) {
      String number = numbers.get(i).e164();
      String key = "floor-" + i;
      long started = System.nanoTime();
      dynamo.getItem(b -> b.tableName(table).key(Map.of("number", AttributeValue.fromS(number))));
      kinesis.putRecord(b -> b.streamName(stream).partitionKey(key).data(record));
      if (i >= warmup) {
        micros.recordValue((System.nanoTime() - started) / 1_000);
      }
    }
    return new Measured(micros, "");
  }

  /**
   * The latencies of one case and, for the handler's cases, how many calls were answered from
   * another source than expected (a cache lookup that timed out on a loaded machine).
   */
  private record Measured(Histogram micros, String note) {

    static Measured answeredFrom(Histogram micros, String expected, int otherwise) {
      return new Measured(micros, otherwise + " not from " + expected);
    }
  }

  private static void report(PrintWriter out, String name, Measured measured) {
    Histogram micros = measured.micros();
    out.printf(
        "%s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%,d calls%s)%n",
        name,
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0,
        micros.getTotalCount(),
        measured.note().isEmpty() ? "" : ", " + measured.note());
  }

  /**
   * One fresh JVM on the deployable's classpath (the shaded Lambda jar, if built, plus the probe),
   * from its start to its first answered call.
   */
  private static String coldStart(Map<String, String> environment, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-Daws.cborEnabled=false",
            "-Dvanitycall.log.level=WARN",
            "-cp",
            probeClasspath(),
            ColdStartProbe.class.getName(),
            "+18003569377"));
    ProcessBuilder probe =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    probe.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = probe.start();
    String result;
    try (var reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      result = reader.readLine();
    }
    long toAnswerMillis = (System.nanoTime() - started) / 1_000_000;
    int exit = process.waitFor();
    return exit == 0 && result != null
        ? "fresh JVM to first answer " + toAnswerMillis + " ms (" + result + ")"
        : "the probe failed with exit code " + exit;
  }

  private static String probeClasspath() {
    Path lambdaJar =
        ProjectHome.locate()
            .resolve("functions/connect/target/vanitycall-connect-0.1.0-SNAPSHOT-lambda.jar");
    if (!Files.isRegularFile(lambdaJar)) {
      return System.getProperty("java.class.path");
    }
    try {
      Path probe =
          Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return probe + File.pathSeparator + lambdaJar;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the probe's classes", e);
    }
  }
}
