package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.local.emulators.Loopback;
import com.vanitycall.local.workflow.TaskRunner;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's children killed outright (SIGKILL) while it runs, and what a store said it kept
 * but did not: the stack goes on and loses nothing, or stops and says why.
 */
class ChildProcessesIT {

  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private LocalStack stack;

  @AfterEach
  void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void killingTheWorkflowRunner_startsItAgain_andNoCallIsLostOrDeadLettered() throws Exception {
    List<CallEvent> events = CallEvents.generate(60, 3L);
    StackProbe probe = runningWithCallsStored(StackOptions.inMemory(), events.subList(0, 30));

    ProcessHandle runner = onlyChild("workflow-runner.mjs");
    kill(runner);
    publish(events.subList(30, 60));

    assertStoredOnceEach(probe, events);
    assertThat(onlyChild("workflow-runner.mjs").pid()).isNotEqualTo(runner.pid());
  }

  @Test
  void killingAFileBackedKinesalite_startsItAgainOnItsData_andNoCallIsLost(@TempDir Path dir)
      throws Exception {
    List<CallEvent> events = CallEvents.generate(40, 5L);
    StackProbe probe =
        runningWithCallsStored(StackOptions.fileBacked(dir.resolve("data")), events.subList(0, 20));

    ProcessHandle kinesalite = onlyChild("kinesis-emulator.js");
    kill(kinesalite);
    await()
        .atMost(DEADLINE)
        .until(
            () ->
                Loopback.isListening(kinesisPort())
                    && onlyChild("kinesis-emulator.js").pid() != kinesalite.pid());
    publish(events.subList(20, 40));

    assertStoredOnceEach(probe, events);
  }

  @Test
  void killingAnInMemoryKinesalite_stopsTheStack_sayingWhy() throws Exception {
    stack = LocalStack.inMemory();

    kill(onlyChild("kinesis-emulator.js"));

    assertThat(stack.failure().toCompletableFuture().get(30, TimeUnit.SECONDS))
        .contains("kinesalite exited (pid ")
        .contains(", exit code 137")
        .contains("an in-memory stream cannot come back with the records it held");
  }

  @Test
  void aBatchTheStoreAnsweredAsWrittenButDidNotKeep_isDeliveredAgain_notCheckpointed() {
    stack = LocalStack.start(StackOptions.inMemory().withPipe(PipelineEndToEndIT.QUICK_PIPE));
    AtomicInteger persists = new AtomicInteger();
    // the first PersistAndCount answers as DynamoDB Local does on a full disk: all written,
    // nothing kept
    UnaryOperator<TaskRunner> liesOnce =
        tasks ->
            request -> {
              if (request.state().equals("PersistAndCount") && persists.incrementAndGet() == 1) {
                return lambdaAnswer();
              }
              return tasks.run(request);
            };
    stack.startPipeline(liesOnce, PipeListener.NONE);
    StackProbe probe = new StackProbe(stack.dynamoDb(), stack.options().names());

    publish(CallEvents.generate(20, 11L));

    await().atMost(DEADLINE).until(() -> probe.countedCalls() == 20);
    assertThat(probe.callRecords()).isEqualTo(20);
    assertThat(persists.get()).isGreaterThan(1);
  }

  /** A stack with its pipeline, which has stored these calls. */
  private StackProbe runningWithCallsStored(StackOptions options, List<CallEvent> first) {
    stack = LocalStack.start(options.withPipe(PipelineEndToEndIT.QUICK_PIPE));
    stack.startPipeline(PipeListener.NONE);
    StackProbe probe = new StackProbe(stack.dynamoDb(), stack.options().names());
    publish(first);
    await().atMost(DEADLINE).until(() -> probe.callRecords() == first.size());
    return probe;
  }

  /** Every call stored and counted once, none dead-lettered, and the stack still running. */
  private void assertStoredOnceEach(StackProbe probe, List<CallEvent> events) {
    await().atMost(DEADLINE).until(() -> probe.countedCalls() == events.size());
    assertThat(probe.callRecords()).isEqualTo(events.size());
    assertThat(probe.deadLetters()).isEmpty();
    assertThat(stack.failure().toCompletableFuture()).isNotDone();
  }

  /** Lambda's answer to an invocation whose function reported no failure. */
  private static JsonNode lambdaAnswer() {
    ObjectNode answer = JsonMapper.builder().build().createObjectNode().put("StatusCode", 200);
    answer.putObject("Payload").putArray("batchItemFailures");
    return answer;
  }

  private void publish(List<CallEvent> events) {
    try (AwsClients clients = new StackEnvironment(stack.environment()).clients()) {
      var publisher =
          new KinesisCallEventPublisher(
              clients.kinesis(CallBudget.inBackground()),
              stack.options().names().callEventsStream());
      events.forEach(publisher::publish);
    }
  }

  private int kinesisPort() {
    return URI.create(stack.environment().get(SharedVariables.AWS_ENDPOINT_URL_KINESIS)).getPort();
  }

  /** The one process of this JVM's descendants whose command line names {@code script}. */
  private static ProcessHandle onlyChild(String script) {
    List<ProcessHandle> found =
        ProcessHandle.current()
            .descendants()
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().commandLine().orElse("").contains(script))
            .toList();
    assertThat(found).as("processes running " + script).hasSize(1);
    return found.get(0);
  }

  /** SIGKILL, as a crash or the OOM killer would; returns once it is gone. */
  private static void kill(ProcessHandle process) throws Exception {
    assertThat(process.destroyForcibly()).isTrue();
    process.onExit().get(30, TimeUnit.SECONDS);
  }
}
