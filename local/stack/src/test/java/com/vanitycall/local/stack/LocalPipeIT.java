package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.aws.schema.ResourceNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

class LocalPipeIT {

  private static final PipeSettings FAST =
      PipeSettings.DEFAULT
          .withBatchSize(10)
          .withBatchingWindow(Duration.ofMillis(100))
          .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(40));
  private static final AtomicInteger STREAMS = new AtomicInteger();

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.inMemory();
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void everyRecord_isDeliveredOnce_inShardOrder_inBatchesNoLargerThanTheBatchSize() {
    ResourceNames names = freshStream(2);
    RecordingTarget target = new RecordingTarget();
    List<String> published = publish(names, "r", 35, "same-key");

    try (LocalPipe pipe = startPipe(names, target)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 35);
    }

    assertThat(target.processed()).containsExactlyElementsOf(published);
    assertThat(target.batches())
        .allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(10));
  }

  @Test
  void aBatch_isShapedAsEventBridgePipesSendsKinesisRecords() {
    ResourceNames names = freshStream(1);
    RecordingTarget target = new RecordingTarget();
    publish(names, "shape", 1, "contact-1");

    try (LocalPipe pipe = startPipe(names, target)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 1);
    }

    var record = target.lastBatch().get(0);
    assertThat(record.get("eventSource").asText()).isEqualTo("aws:kinesis");
    assertThat(record.get("partitionKey").asText()).isEqualTo("contact-1");
    assertThat(record.get("eventID").asText())
        .isEqualTo("shardId-000000000000:" + record.get("sequenceNumber").asText());
    assertThat(record.get("eventSourceARN").asText())
        .endsWith(":stream/" + names.callEventsStream());
    assertThat(record.get("approximateArrivalTimestamp").isNumber()).isTrue();
  }

  @Test
  void aRecordTheTargetFails_isRetriedAlone_untilItSucceeds() {
    ResourceNames names = freshStream(1);
    RecordingTarget target = new RecordingTarget();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    target.failRecordsWhere(data -> data.equals("flaky-3") && failuresLeft.getAndDecrement() > 0);
    publish(names, "flaky", 6, "one-key");

    try (LocalPipe pipe = startPipe(names, target)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 6);
    }

    assertThat(target.batches().get(0)).hasSize(6);
    assertThat(target.batches().subList(1, 3)).containsOnly(List.of("flaky-3"));
    assertThat(stack.deadLetters().list(100))
        .noneMatch(letter -> letter.letter().payload().startsWith("flaky"));
  }

  @Test
  void aFailureReportedByTheSequenceNumber_failsTheWholeBatch_asPipesDoes() {
    ResourceNames names = freshStream(1);
    RecordingTarget target = new RecordingTarget();
    AtomicInteger failuresLeft = new AtomicInteger(1);
    target.failRecordsWhere(
        data -> data.equals("wrong-id-1") && failuresLeft.getAndDecrement() > 0);
    target.reportFailuresBy("sequenceNumber");
    publish(names, "wrong-id", 4, "one-key");

    try (LocalPipe pipe = startPipe(names, target)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 4);
    }

    assertThat(target.batches()).hasSize(2);
    assertThat(target.batches().get(1)).isEqualTo(target.batches().get(0)).hasSize(4);
  }

  @Test
  void aRecordThatKeepsFailing_isDeadLetteredWithItsReason_whileTheRestOfTheBatchIsProcessed() {
    ResourceNames names = freshStream(1);
    RecordingTarget target = new RecordingTarget();
    target.failRecordsWhere(data -> data.equals("poison-2"));
    publish(names, "poison", 5, "one-key");

    try (LocalPipe pipe = startPipe(names, target)) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> deadLettersWithPayload("poison-2").size() == 1);
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 4);
    }

    StoredDeadLetter letter = deadLettersWithPayload("poison-2").get(0);
    assertThat(letter.letter().origin()).isEqualTo("local-pipe");
    assertThat(letter.letter().reason())
        .isEqualTo("gave up after 2 retries: the workflow reported the record as failed");
    assertThat(target.processed()).containsExactly("poison-0", "poison-1", "poison-3", "poison-4");
    assertThat(target.batches()).hasSize(3);
  }

  @Test
  void aWholeBatchFailure_retriesTheWholeBatch() {
    ResourceNames names = freshStream(1);
    RecordingTarget target = new RecordingTarget();
    target.failWholeInvocations(1);
    publish(names, "timeout", 4, "one-key");

    try (LocalPipe pipe = startPipe(names, target)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> target.processed().size() == 4);
    }

    assertThat(target.batches()).hasSize(2);
    assertThat(target.batches().get(1)).isEqualTo(target.batches().get(0));
  }

  @Test
  void aRestartedPipe_resumesAfterItsCheckpoint_withoutRedeliveringWhatWasDone() {
    ResourceNames names = freshStream(2);
    RecordingTarget first = new RecordingTarget();
    publish(names, "before", 12, null);
    try (LocalPipe pipe = startPipe(names, first)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> first.processed().size() == 12);
    }

    RecordingTarget second = new RecordingTarget();
    List<String> after = publish(names, "after", 7, null);
    try (LocalPipe pipe = startPipe(names, second)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> second.processed().size() == 7);
    }

    assertThat(second.processed()).containsExactlyInAnyOrderElementsOf(after);
  }

  private static ResourceNames freshStream(int shards) {
    ResourceNames names = ResourceNames.prefixed("pipe-" + STREAMS.incrementAndGet());
    new com.vanitycall.aws.schema.LocalResources(stack.dynamoDb(), stack.kinesis())
        .createStream(names.callEventsStream(), shards);
    return names;
  }

  /** Publishes {@code prefix-0 .. prefix-(n-1)}; a null key spreads them over the shards. */
  private static List<String> publish(ResourceNames names, String prefix, int n, String key) {
    List<String> published = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String data = prefix + "-" + i;
      stack
          .kinesis()
          .putRecord(
              b ->
                  b.streamName(names.callEventsStream())
                      .partitionKey(key == null ? data : key)
                      .data(SdkBytes.fromUtf8String(data)));
      published.add(data);
    }
    return published;
  }

  private static LocalPipe startPipe(ResourceNames names, RecordingTarget target) {
    return LocalPipe.start(
        stack.kinesis(),
        names.callEventsStream(),
        LocalStack.REGION.id(),
        target,
        FAST,
        DynamoDbCheckpoints.forStream(stack.dynamoDb(), names.callEventsStream()),
        StoredCheck.NONE,
        stack.deadLetters(),
        PipeListener.NONE);
  }

  private static List<StoredDeadLetter> deadLettersWithPayload(String payload) {
    return stack.deadLetters().list(1000).stream()
        .filter(letter -> letter.letter().payload().equals(payload))
        .toList();
  }
}
