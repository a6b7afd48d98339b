package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNotReadyException;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.EmulatorStartException;
import com.vanitycall.local.emulators.KinesisEmulator;
import com.vanitycall.local.emulators.Loopback;
import com.vanitycall.local.emulators.RestartBudget;
import com.vanitycall.local.emulators.Supervised;
import com.vanitycall.local.lake.LakeFiles;
import com.vanitycall.local.lake.LocalLake;
import com.vanitycall.local.workflow.LocalWorkflow;
import com.vanitycall.local.workflow.LocalWorkflowConfig;
import com.vanitycall.local.workflow.PipeTarget;
import com.vanitycall.local.workflow.TaskRunner;
import com.vanitycall.pipeline.persist.PersistAndCountConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.core.config.Configurator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Everything the pipeline needs on one machine, on loopback: DynamoDB Local and the Kinesis
 * emulator (in memory or file-backed), the stream and tables, the history lake (its local Firehose
 * endpoint and Parquet files), and the environment the handlers are configured from. {@link
 * #close()} stops it all, children included.
 *
 * <p>DynamoDB is two DynamoDB Local instances behind one endpoint ({@link DynamoDbFront}): the
 * vanity cache, which the Connect handler reads on every call, in one of its own, every other table
 * in the main one. DynamoDB Local serves all the tables of an instance through one SQLite queue, so
 * in one instance a caller's cache read would wait behind the pipeline's transactions of up to 100
 * items; on AWS no table waits for another.
 */
public final class LocalStack implements AutoCloseable {

  public static final Region REGION = Region.US_EAST_1;

  /** How long a dead letter is kept before the table's TTL removes it. */
  static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

  private static final Logger LOG = LogManager.getLogger(LocalStack.class);

  /** The command line's marker of a failure it reports itself (its log configuration's filter). */
  private static final Marker REPORTED = MarkerManager.getMarker("REPORTED");

  private final StackOptions options;
  private final TablePlacement<DynamoDbLocal> dynamoLocal;
  private final StackEnvironment environment;
  private final DynamoDbClient dynamo;
  private final KinesisClient kinesis;
  private final Deque<AutoCloseable> running;
  private final CompletableFuture<String> failure;

  private LocalStack(
      StackOptions options,
      TablePlacement<DynamoDbLocal> dynamoLocal,
      StackEnvironment environment,
      DynamoDbClient dynamo,
      KinesisClient kinesis,
      Deque<AutoCloseable> running,
      CompletableFuture<String> failure) {
    this.options = options;
    this.dynamoLocal = dynamoLocal;
    this.environment = environment;
    this.dynamo = dynamo;
    this.kinesis = kinesis;
    this.running = running;
    this.failure = failure;
  }

  /** A throwaway stack: in memory, free ports, default names. */
  public static LocalStack inMemory() {
    return start(StackOptions.inMemory());
  }

  public static LocalStack start(StackOptions options) {
    // DynamoDB Local logs every request (INFO) and every failed condition (WARN), its Jetty each
    // start: noise that costs it a third of its speed, and a failed condition is an expected answer
    Configurator.setLevel(
        Map.of("software.amazon.dynamodb", Level.ERROR, "org.eclipse.jetty", Level.WARN));
    Deque<AutoCloseable> running = new ArrayDeque<>();
    CompletableFuture<String> failure = new CompletableFuture<>();
    Consumer<String> fail = reporter(failure);
    try {
      if (!options.inMemoryMode()) {
        FreeSpaceFloor.require(options.dataDir(), options.minFreeBytes());
      }
      int base = options.basePort();
      DynamoDbLocal mainTables = dynamoDbLocal(options, "dynamodb");
      running.push(mainTables);
      DynamoDbLocal cacheTable = dynamoDbLocal(options, "dynamodb-cache");
      running.push(cacheTable);
      TablePlacement<DynamoDbLocal> dynamoLocal =
          new TablePlacement<>(mainTables, Map.of(options.names().vanityCacheTable(), cacheTable));
      DynamoDbFront front =
          DynamoDbFront.start(
              base,
              new TablePlacement<>(
                  mainTables.endpoint(),
                  Map.of(options.names().vanityCacheTable(), cacheTable.endpoint())));
      running.push(front);
      Supervised<KinesisEmulator> kinesisEmulator = kinesalite(options, base, fail);
      running.push(kinesisEmulator);
      if (!options.inMemoryMode()) {
        running.push(FreeSpaceFloor.watch(options.dataDir(), options.minFreeBytes(), fail));
      }

      LocalLake lake = startLake(options, running);
      Map<String, String> variables = new HashMap<>(options.names().asEnvironment());
      variables.putAll(lakeVariables(lake));
      variables.put(SharedVariables.AWS_REGION, REGION.id());
      variables.put(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB, front.endpoint().toString());
      variables.put(
          SharedVariables.AWS_ENDPOINT_URL_KINESIS,
          kinesisEmulator.current().endpoint().toString());
      StackEnvironment environment = new StackEnvironment(variables);

      AwsClients clients = environment.clients();
      running.push(clients);
      DynamoDbClient dynamo = clients.dynamoDb(CallBudget.inBackground());
      KinesisClient kinesis = clients.kinesis(CallBudget.inBackground());
      createResources(dynamo, kinesis, options);
      return new LocalStack(options, dynamoLocal, environment, dynamo, kinesis, running, failure);
    } catch (RuntimeException e) {
      closeAll(running, e);
      throw e;
    }
  }

  /** A DynamoDB Local instance on a free port, in memory or in the data directory's folder. */
  private static DynamoDbLocal dynamoDbLocal(StackOptions options, String folder) {
    return withoutBanner(
        () ->
            DynamoDbLocal.start(
                Loopback.freePort(),
                options.inMemoryMode() ? null : options.dataDir().resolve(folder)));
  }

  /**
   * The Kinesis emulator, watched: if it dies, a file-backed one is started again on the same port
   * and data (its stream and records are on disk) and the pollers resume from their checkpoints; an
   * in-memory one took its records with it, so the stack must stop.
   */
  private static Supervised<KinesisEmulator> kinesalite(
      StackOptions options, int base, Consumer<String> fail) {
    int port = base == 0 ? Loopback.freePort() : base + 1;
    Path dataDir = options.inMemoryMode() ? null : options.dataDir().resolve("kinesis");
    return Supervised.start(
        new Supervised.Child<>(
            "kinesalite",
            () -> KinesisEmulator.start(port, dataDir),
            KinesisEmulator::onExit,
            KinesisEmulator::exitReason,
            dataDir == null
                ? Optional.of("an in-memory stream cannot come back with the records it held")
                : Optional.empty()),
        RestartBudget.standard(),
        fail);
  }

  /**
   * Where a part tells the stack that it cannot go on: the first reason is the stack's. When
   * someone waits on {@link #failure()} (as {@code up} does), it says the reason in its own one
   * line, so the log keeps it marked {@link #REPORTED} and the terminal does not show it twice;
   * when no one does, the log's terminal line is the only word of it.
   */
  private static Consumer<String> reporter(CompletableFuture<String> failure) {
    return reason -> {
      boolean awaited = failure.getNumberOfDependents() > 0;
      if (failure.complete(reason)) {
        LOG.error(awaited ? REPORTED : null, "the local stack cannot go on: {}", reason);
      }
    };
  }

  /**
   * The history lake under the data directory, or for an in-memory stack in a temporary directory
   * that is removed when the stack stops.
   */
  private static LocalLake startLake(StackOptions options, Deque<AutoCloseable> running) {
    Path root;
    if (options.inMemoryMode()) {
      try {
        root = Files.createTempDirectory("vanitycall-lake-");
      } catch (IOException e) {
        throw new EmulatorStartException("cannot create the lake's temporary directory", e);
      }
      running.push(new LakeFiles(root)::delete);
    } else {
      root = options.dataDir();
    }
    LocalLake lake =
        LocalLake.start(new LakeFiles(root), LocalLake.DELIVERY_STREAM, options.lakeBuffer());
    running.push(lake);
    return lake;
  }

  /** What PersistAndCount delivers to the lake with, and where {@code sql} finds it. */
  private static Map<String, String> lakeVariables(LocalLake lake) {
    return Map.of(
        PersistAndCountConfig.LAKE_DELIVERY_STREAM,
        LocalLake.DELIVERY_STREAM,
        PersistAndCountConfig.AWS_ENDPOINT_URL_FIREHOSE,
        lake.firehoseEndpoint().toString(),
        PersistAndCountConfig.PSEUDONYM_KEY_FILE,
        lake.files().pseudonymKey().toString(),
        LocalLake.LAKE_DIR,
        lake.files().root().toString());
  }

  /**
   * The stream and tables, from their shared designs; the emulator's fault if they are not ready.
   */
  private static void createResources(
      DynamoDbClient dynamo, KinesisClient kinesis, StackOptions options) {
    try {
      new LocalResources(dynamo, kinesis).createAll(options.names(), options.shards());
    } catch (ResourceNotReadyException e) {
      throw new EmulatorStartException(e.getMessage(), e);
    } catch (SdkException e) {
      // e.g. DynamoDB Local on a database it cannot write: its SQLite says why, the SDK's message
      // only that the service failed
      throw new EmulatorStartException(
          "the stream and tables could not be created: " + Loopback.rootCause(e), e);
    }
  }

  /**
   * The environment of the stack {@code ./vanitycall up} is running, if one is; a stale state file
   * (process gone, ports closed) counts as none.
   */
  public static Optional<Map<String, String>> discoverRunning() {
    return StackStateFile.atDefaultLocation().readLive();
  }

  /**
   * Completes, with the reason in one line, when the stack can no longer run as it should: a child
   * process died and could not be started again, or the data directory's free space fell below the
   * floor. Its owner then stops it and says why ({@code ./vanitycall up} exits with status 1);
   * until then it loses nothing, but may process nothing either.
   */
  public CompletionStage<String> failure() {
    return failure.copy();
  }

  /**
   * What the handlers are configured from: the stream and table names, region and endpoint
   * overrides.
   */
  public Map<String, String> environment() {
    return environment.variables();
  }

  public StackOptions options() {
    return options;
  }

  public DynamoDbClient dynamoDb() {
    return dynamo;
  }

  public KinesisClient kinesis() {
    return kinesis;
  }

  /**
   * Starts the workflow (the deployed ASL file, run locally, its tasks bound to the local handlers
   * and DynamoDB Local) and the pipe that feeds it from the call-events stream; both stop with the
   * stack.
   */
  public void startPipeline(PipeListener listener) {
    startPipeline(UnaryOperator.identity(), listener);
  }

  /**
   * As {@link #startPipeline(PipeListener)}, with the workflow's Task states run through {@code
   * decorate} (e.g. to hold or fail a task on purpose).
   */
  public void startPipeline(UnaryOperator<TaskRunner> decorate, PipeListener listener) {
    LocalWorkflowConfig config = LocalWorkflowConfig.fromEnvironment(environment());
    // its DynamoDB tasks go to DynamoDB Local in this JVM directly, to the instance of their table:
    // the same tables, no HTTP
    TaskRunner tasks =
        LocalWorkflow.tasksFor(
            config,
            new PlacedDynamoDb(
                new TablePlacement<>(
                    LocalWorkflow.inProcess(config, dynamoLocal.main()),
                    Map.of(
                        options.names().vanityCacheTable(),
                        LocalWorkflow.inProcess(
                            config,
                            dynamoLocal.apart().get(options.names().vanityCacheTable()))))));
    LocalWorkflow workflow =
        LocalWorkflow.start(
            config, decorate.apply(tasks), RestartBudget.standard(), reporter(failure));
    running.push(workflow);
    startPipe(workflow, new DynamoDbStoredCheck(dynamo, options.names()), listener);
  }

  /**
   * Starts the local pipe from the call-events stream to {@code target}, with the options' pipe
   * settings; it stops with the stack. The target's word that a batch is processed is taken as it
   * is (a test's target keeps nothing the pipe could check).
   */
  public void startPipeline(PipeTarget target, PipeListener listener) {
    startPipe(target, StoredCheck.NONE, listener);
  }

  private void startPipe(PipeTarget target, StoredCheck stored, PipeListener listener) {
    String stream = options.names().callEventsStream();
    running.push(
        LocalPipe.start(
            kinesis,
            stream,
            REGION.id(),
            target,
            options.pipe(),
            DynamoDbCheckpoints.forStream(dynamo, stream),
            stored,
            deadLetters(),
            listener));
  }

  public DynamoDbDeadLetters deadLetters() {
    return new DynamoDbDeadLetters(
        dynamo, options.names().deadLettersTable(), DEAD_LETTER_RETENTION, Clock.systemUTC());
  }

  /** Stops everything in the reverse order of starting; every part is stopped even if one fails. */
  @Override
  public void close() {
    RuntimeException failure = new IllegalStateException("the local stack did not stop cleanly");
    closeAll(running, failure);
    if (failure.getSuppressed().length > 0) {
      throw failure;
    }
  }

  /**
   * Runs {@code start} with standard output captured: DynamoDB Local prints its configuration
   * there, and a command's output is for the user. The banner goes to the debug log.
   */
  private static <T> T withoutBanner(Supplier<T> start) {
    PrintStream original = System.out;
    ByteArrayOutputStream banner = new ByteArrayOutputStream();
    System.setOut(new PrintStream(banner, true, StandardCharsets.UTF_8));
    try {
      return start.get();
    } finally {
      System.setOut(original);
      LOG.debug("DynamoDB Local: {}", banner.toString(StandardCharsets.UTF_8).strip());
    }
  }

  private static void closeAll(Deque<AutoCloseable> running, RuntimeException collector) {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        collector.addSuppressed(e);
      }
    }
  }
}
