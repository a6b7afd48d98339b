package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.KinesisCallEventPublisher;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.LetterPayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * The pipeline on the real local stack: the stream, the pipe, the workflow from the deployed ASL
 * file, DynamoDB Local. Each test uses a stack of its own names, so counts start at zero.
 */
class PipelineEndToEndIT {

  static final PipeSettings QUICK_PIPE =
      PipeSettings.DEFAULT
          .withBatchingWindow(Duration.ofMillis(100))
          .withRetries(3, Duration.ofMillis(50), Duration.ofMillis(200));
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private static LocalStack stack;
  private static CountingListener pipe;
  private static StackProbe probe;

  @BeforeAll
  static void startStack() {
    stack =
        LocalStack.start(
            StackOptions.inMemory().withNames(ResourceNames.prefixed("e2e")).withPipe(QUICK_PIPE));
    pipe = new CountingListener();
    stack.startPipeline(pipe);
    probe = new StackProbe(stack.dynamoDb(), stack.options().names());
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void replayingEveryRecordTwice_shuffled_leavesEveryTableUnchanged() {
    List<CallEvent> events = CallEvents.generate(20, 11L);
    int before = pipe.done();
    publish(events);
    await().atMost(DEADLINE).until(() -> pipe.done() == before + events.size());
    var stored = probe.everyTable();

    // this test's records only: the other tests' poison records would be new letters when replayed
    Set<String> published = events.stream().map(CallEvent::eventId).collect(Collectors.toSet());
    List<Record> records =
        StreamContents.everyRecord(stack.kinesis(), stack.options().names().callEventsStream())
            .stream()
            .filter(record -> published.contains(record.partitionKey()))
            .toList();
    List<Record> replay = new ArrayList<>(records);
    replay.addAll(records);
    Collections.shuffle(replay, new Random(5));
    int beforeReplay = pipe.done();
    replay.forEach(this::putAgain);
    await().atMost(DEADLINE).until(() -> pipe.done() == beforeReplay + replay.size());

    assertThat(probe.everyTable()).isEqualTo(stored);
  }

  @Test
  void aPoisonRecord_isDeadLetteredWithItsReason_whileTheBatchAroundItIsProcessed() {
    List<CallEvent> events = CallEvents.generate(6, 12L);
    int callsBefore = probe.callRecords();
    int doneBefore = pipe.done();
    String poison = "{\"schemaVersion\":1,\"eventId\":\"poison-1\",\"callerStatus\":\"LOUD\"}";
    for (int i = 0; i < events.size(); i++) {
      if (i == 3) {
        putOnOneShard(poison);
      }
      putOnOneShard(new CallEventCodec().toJson(events.get(i)));
    }

    await()
        .atMost(DEADLINE)
        .until(() -> pipe.done() == doneBefore + events.size() + 1 && hasDeadLetter(poison));
    assertThat(probe.callRecords()).isEqualTo(callsBefore + events.size());
    var letter =
        probe.deadLetters().stream()
            .filter(item -> Arrays.equals(payload(item), bytes(poison)))
            .findFirst()
            .orElseThrow();
    assertThat(letter.get("reason").s()).containsIgnoringCase("LOUD");
    events.forEach(event -> assertThat(probe.callRecord(event.eventId())).isNotEmpty());
  }

  @Test
  void aRecordTooBigToDeadLetterWhole_isDeadLetteredWithItsHead_andItsShardGoesOn() {
    List<CallEvent> events = CallEvents.generate(6, 13L);
    int callsBefore = probe.callRecords();
    int doneBefore = pipe.done();
    byte[] huge = new byte[900 * 1024];
    Arrays.fill(huge, (byte) '{');
    putOnOneShard(huge);
    events.forEach(event -> putOnOneShard(bytes(new CallEventCodec().toJson(event))));

    await().atMost(DEADLINE).until(() -> pipe.done() == doneBefore + 1 + events.size());
    assertThat(probe.callRecords()).isEqualTo(callsBefore + events.size());
    var letter =
        probe.deadLetters().stream()
            .filter(item -> item.get("payloadBytes").n().equals("921600"))
            .findFirst()
            .orElseThrow();
    assertThat(payload(letter)).isEqualTo(Arrays.copyOf(huge, LetterPayload.HEAD_BYTES));
    assertThat(letter.get("origin").s()).isEqualTo("pipeline-parse");
  }

  private static boolean hasDeadLetter(String payload) {
    return probe.deadLetters().stream()
        .anyMatch(item -> Arrays.equals(payload(item), bytes(payload)));
  }

  /** A letter's payload bytes, kept as text or (the state machine's letters) base64. */
  private static byte[] payload(Map<String, AttributeValue> letter) {
    return letter.containsKey("payload")
        ? bytes(letter.get("payload").s())
        : Base64.getDecoder().decode(letter.get("payloadBase64").s());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void publish(List<CallEvent> events) {
    var publisher =
        new KinesisCallEventPublisher(stack.kinesis(), stack.options().names().callEventsStream());
    events.forEach(publisher::publish);
  }

  private static void putOnOneShard(String data) {
    putOnOneShard(bytes(data));
  }

  private static void putOnOneShard(byte[] data) {
    stack
        .kinesis()
        .putRecord(
            b ->
                b.streamName(stack.options().names().callEventsStream())
                    .partitionKey("one-batch")
                    .data(SdkBytes.fromByteArray(data)));
  }

  private void putAgain(Record record) {
    stack
        .kinesis()
        .putRecord(
            b ->
                b.streamName(stack.options().names().callEventsStream())
                    .partitionKey(record.partitionKey())
                    .data(record.data()));
  }
}
