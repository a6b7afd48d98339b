package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.local.emulators.EmulatorStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data directory on file systems a test controls: filled mid-run, too full to start on,
 * read-only. Each test mounts its own small tmpfs and unmounts it, and stops its stack, pass or
 * fail.
 */
class FileSystemFaultsIT {

  /** The floor the tests set: a few MB, so a small tmpfs can go below it. */
  private static final long FLOOR = 4L << 20;

  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @TempDir Path dir;

  private final Mounts mounts = new Mounts();
  private LocalStack stack;

  @AfterEach
  void stopAndUnmount() {
    try {
      if (stack != null) {
        stack.close();
      }
    } finally {
      mounts.close();
    }
  }

  @Test
  void fillingTheDiskMidRun_stopsTheStackLoudly_andWhatItAcceptedIsStoredOnceAfterARestart()
      throws Exception {
    Path data = mounts.tmpfs(dir.resolve("data"), 16);
    stack = start(data);
    stack.startPipeline(PipeListener.NONE);
    ConcurrentLinkedQueue<CallEvent> accepted = new ConcurrentLinkedQueue<>();
    AtomicBoolean publishing = new AtomicBoolean(true);
    CompletableFuture<Void> publisher =
        CompletableFuture.runAsync(() -> publishUntilRefused(stack, accepted, publishing));
    StackProbe probe = new StackProbe(stack.dynamoDb(), stack.options().names());
    await().atMost(DEADLINE).until(() -> probe.callRecords() >= 100);

    Path filler = Mounts.fillLeaving(data, FLOOR / 2);

    String reason = stack.failure().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(reason).contains("the data directory " + data).contains("free");
    publishing.set(false);
    stack.close();
    stack = null;
    publisher.get(30, TimeUnit.SECONDS);

    Files.delete(filler);
    stack = start(data);
    stack.startPipeline(PipeListener.NONE);
    StackProbe restarted = new StackProbe(stack.dynamoDb(), stack.options().names());
    await().atMost(DEADLINE).until(() -> restarted.countedCalls() >= accepted.size());
    accepted.forEach(event -> assertThat(restarted.callRecord(event.eventId())).isNotEmpty());
    // each once; the publish in flight when the stream stopped may have been kept unacknowledged
    assertThat(restarted.countedCalls()).isEqualTo(restarted.callRecords());
    assertThat(restarted.callRecords()).isBetween(accepted.size(), accepted.size() + 1);
    assertThat(restarted.deadLetters()).isEmpty();
  }

  @Test
  void belowTheFloor_theStackRefusesToStart_sayingHowMuchIsFree() throws Exception {
    Path data = mounts.tmpfs(dir.resolve("data"), 8);
    Mounts.fillLeaving(data, FLOOR / 2);

    assertThatThrownBy(() -> start(data))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("the data directory " + data + " has ")
        .hasMessageContaining("less than the 4096 KB");
  }

  @Test
  void aReadOnlyDataDirectory_isRefusedAtStart_withTheSystemsReason() throws Exception {
    Path data = mounts.readOnly(mounts.tmpfs(dir.resolve("data"), 8));

    assertThatThrownBy(() -> start(data))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining(data.resolve("dynamodb").toString())
        .hasMessageContaining("Read-only file system")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest
  @CsvSource({"dynamodb, DynamoDB Local", "kinesis, kinesalite"})
  void anEmulatorsReadOnlyData_isRefusedAtStart_withTheSystemsReason(String sub, String emulator)
      throws Exception {
    Path data = mounts.tmpfs(dir.resolve("data"), 16);
    start(data).close();
    Path readOnly = mounts.readOnly(data.resolve(sub));

    assertThatThrownBy(() -> start(data))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining(emulator + " cannot write in " + readOnly)
        .hasMessageContaining("Read-only file system");
  }

  private static LocalStack start(Path data) {
    return LocalStack.start(
        StackOptions.fileBacked(data)
            .withPipe(PipelineEndToEndIT.QUICK_PIPE)
            .withMinFreeBytes(FLOOR));
  }

  /**
   * Publishes call events one after another, keeping those the stream accepted, until told to stop
   * or the stream refuses (the stack stopped).
   */
  private static void publishUntilRefused(
      LocalStack stack, ConcurrentLinkedQueue<CallEvent> accepted, AtomicBoolean publishing) {
    List<CallEvent> events = CallEvents.generate(20_000, 19L);
    try (AwsClients clients = new StackEnvironment(stack.environment()).clients()) {
      var publisher =
          new KinesisCallEventPublisher(
              clients.kinesis(CallBudget.inBackground()),
              stack.options().names().callEventsStream());
      for (CallEvent event : events) {
        if (!publishing.get()) {
          return;
        }
        try {
          publisher.publish(event);
        } catch (RuntimeException refused) {
          return;
        }
        accepted.add(event);
      }
    }
  }
}
