package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.local.emulators.ChildGoneException;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.emulators.RestartBudget;
import com.vanitycall.local.emulators.Supervised;
import com.vanitycall.pipeline.deepscore.DeepScoreHandler;
import com.vanitycall.pipeline.persist.PersistAndCountHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The call pipeline's state machine on one machine: the deployed ASL file ({@code
 * state-machines/call-pipeline.asl.json}) with its placeholders substituted, run by the npm ASL
 * engine, its Lambda task answered by the pipeline handlers in this process and its DynamoDB tasks
 * sent to DynamoDB Local. The local pipe hands it batches as EventBridge Pipes starts a synchronous
 * Express execution. Start once, invoke from any number of threads, close when done.
 *
 * <p>The engine's Node process is supervised: if it dies (killed, crashed), it is started again
 * within a {@link RestartBudget}, and an execution it took down with it runs once more on the new
 * one (the workflow is idempotent), so the pipe sees no failure. When the budget is spent, the
 * workflow gives up, says why to whoever started it, and fails every batch from then on.
 */
public final class LocalWorkflow implements PipeTarget, AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(LocalWorkflow.class);

  /** The ASL file, relative to the checkout. */
  public static final Path DEFINITION = Path.of("state-machines", "call-pipeline.asl.json");

  /** An Express execution runs at most five minutes. */
  static final Duration EXECUTION_TIMEOUT = Duration.ofMinutes(5);

  /** How long an execution waits for the engine to be started again after it died. */
  private static final Duration REPLACEMENT_WAIT = Duration.ofSeconds(60);

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Supervised<NodeAslEngine> engines;

  private LocalWorkflow(Supervised<NodeAslEngine> engines) {
    this.engines = engines;
  }

  /** Starts the workflow with its Task states run by {@code tasks} (e.g. with faults injected). */
  public static LocalWorkflow start(LocalWorkflowConfig config, TaskRunner tasks) {
    return start(
        config,
        tasks,
        RestartBudget.standard(),
        reason -> LOG.error("the workflow gave up: {}", reason));
  }

  /**
   * As {@link #start(LocalWorkflowConfig, TaskRunner)}, restarting a dead engine within {@code
   * restarts}, and telling {@code onGivingUp} why once it gives up.
   */
  public static LocalWorkflow start(
      LocalWorkflowConfig config,
      TaskRunner tasks,
      RestartBudget restarts,
      Consumer<String> onGivingUp) {
    Path home = ProjectHome.locate();
    StateMachineDefinition definition =
        StateMachineDefinition.load(
            home.resolve(DEFINITION), config.placeholders(), LocalTasks::supports);
    return new LocalWorkflow(
        Supervised.start(
            new Supervised.Child<>(
                "the workflow runner",
                () -> NodeAslEngine.start(home.resolve("local/node"), definition.json(), tasks),
                NodeAslEngine::onExit,
                NodeAslEngine::exitReason,
                Optional.empty()),
            restarts,
            onGivingUp));
  }

  /** The Task resources of the local stack: the in-process handlers and DynamoDB Local. */
  public static TaskRunner tasksFor(LocalWorkflowConfig config, DynamoDbTransport dynamoDb) {
    return new LocalTasks(
        new LocalLambda(
            Map.of(
                LocalWorkflowConfig.DEEP_SCORE_FUNCTION_ARN,
                new LocalFunction(
                    new DeepScoreHandler(config.deepScore()),
                    LocalWorkflowConfig.DEEP_SCORE_TIMEOUT),
                LocalWorkflowConfig.PERSIST_AND_COUNT_FUNCTION_ARN,
                new LocalFunction(
                    new PersistAndCountHandler(config.persistAndCount()),
                    LocalWorkflowConfig.PERSIST_AND_COUNT_TIMEOUT))),
        new DynamoDbIntegration(dynamoDb));
  }

  /** DynamoDB Local at the configured endpoint, over HTTP. */
  public static DynamoDbTransport http(LocalWorkflowConfig config) {
    return new HttpDynamoDb(config.dynamoDbEndpoint(), config.accessKey(), config.region());
  }

  /** A DynamoDB Local running in this process, called directly. */
  public static DynamoDbTransport inProcess(LocalWorkflowConfig config, DynamoDbLocal local) {
    return new InProcessDynamoDb(local.requestHandler(), config.accessKey(), config.region());
  }

  @Override
  public BatchResult invoke(String batchJson) {
    JsonNode batch;
    try {
      batch = json.readTree(batchJson);
    } catch (IOException e) {
      throw new PipeTargetException("the batch is not JSON", e);
    }
    JsonNode output;
    try {
      output = execute(batch);
    } catch (ExecutionFailedException e) {
      throw new PipeTargetException("the execution failed: " + e.getMessage(), e);
    }
    JsonNode failures = output.path("batchItemFailures");
    if (!failures.isArray()) {
      throw new PipeTargetException(
          "the execution's output has no batchItemFailures list: " + output, null);
    }
    List<String> failed = new ArrayList<>();
    failures.forEach(failure -> failed.add(failure.path("itemIdentifier").asText()));
    return new BatchResult(failed);
  }

  /** Runs the batch; once more on a new engine if the one that ran it died meanwhile. */
  private JsonNode execute(JsonNode batch) throws ExecutionFailedException {
    NodeAslEngine current;
    try {
      current = engines.current();
    } catch (ChildGoneException e) {
      throw new ExecutionFailedException("States.Runtime", e.getMessage());
    }
    try {
      return current.execute(batch, EXECUTION_TIMEOUT);
    } catch (ExecutionFailedException e) {
      if (!current.stopped()) {
        throw e;
      }
      NodeAslEngine next = engines.replacementOf(current, REPLACEMENT_WAIT).orElseThrow(() -> e);
      return next.execute(batch, EXECUTION_TIMEOUT);
    }
  }

  @Override
  public void close() {
    try {
      engines.close();
    } catch (Exception e) {
      throw new IllegalStateException("the workflow did not stop cleanly", e);
    }
  }
}
