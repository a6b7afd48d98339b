package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The replay on kinesalite through the real SDK client: partition keys, the order within a key and
 * the recorded pacing are kept; entries the stream refuses are sent again and none is lost; a
 * capture replayed and captured again is the same records.
 */
class StreamReplayIT {

  /**
   * Pacing tolerance: a record is never sent before it is due (exact, bar the emulator's
   * millisecond clock); how late it may be is generous, for a loaded 2-core machine.
   */
  private static final Duration CLOCK_GRAIN = Duration.ofMillis(20);

  private static final Duration LATE_AT_MOST = Duration.ofSeconds(3);

  private static final Instant RECORDED = Instant.parse("2026-11-22T12:00:00Z");
  private static final AtomicInteger STREAMS = new AtomicInteger();

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @TempDir Path folder;

  @ParameterizedTest(name = "at {0}x")
  @ValueSource(doubles = {1, 10})
  void replay_keepsKeysTheOrderWithinAKey_andThePacing(double speed) {
    // 2 s of recording at 1x, 10 s at 10x: either replays in about 1-2 s
    Duration recorded = Duration.ofMillis((long) (speed == 1 ? 2_000 : 10_000));
    List<CapturedRecord> sent = recording(60, 5, recorded);
    String stream = freshStream(2);

    Instant replayStarted = Instant.now();
    LoadReport report =
        new StreamReplay(aws.kinesis(), ReplayOptions.of(stream, speed))
            .run(sent.stream(), quiet());
    List<CapturedRecord> received = capture(stream);

    assertThat(report.count()).isEqualTo(60);
    assertThat(keysAndData(received)).containsExactlyInAnyOrderElementsOf(keysAndData(sent));
    assertThat(byKey(received)).isEqualTo(byKey(sent));
    for (CapturedRecord record : received) {
      Duration due = scheduled(sent, record, speed);
      // the emulator stamps arrival with this machine's clock, to the millisecond
      Duration arrived = Duration.between(replayStarted, record.arrivedAt());
      assertThat(arrived).as("not before it is due").isGreaterThanOrEqualTo(due.minus(CLOCK_GRAIN));
      assertThat(arrived)
          .as("not much after it is due")
          .isLessThanOrEqualTo(due.plus(LATE_AT_MOST));
    }
    assertThat(report.seconds()).isGreaterThanOrEqualTo(recorded.toMillis() / 1000.0 / speed * 0.9);
  }

  @Test
  void entriesTheStreamRefuses_areSentAgain_andNoneIsLost_orReordered() throws Exception {
    String stream = freshStream(2);
    List<CapturedRecord> sent = recording(1_500, 50, Duration.ofMillis(300));
    try (KinesisProxy proxy = KinesisProxy.infrontOf(kinesisEndpoint(), 3);
        AwsClients throughProxy =
            new AwsClients(Region.US_EAST_1, Optional.empty(), Optional.of(proxy.endpoint()))) {
      KinesisClient kinesis = throughProxy.kinesis(CallBudget.inBackground());

      LoadReport report =
          new StreamReplay(kinesis, ReplayOptions.of(stream, 10)).run(sent.stream(), quiet());

      assertThat(proxy.refused()).isPositive();
      assertThat(report.retries()).isEqualTo(proxy.refused());
      assertThat(report.errors())
          .containsEntry("ProvisionedThroughputExceededException (retried)", proxy.refused());
    }
    List<CapturedRecord> received = capture(stream);
    assertThat(keysAndData(received)).containsExactlyInAnyOrderElementsOf(keysAndData(sent));
    assertThat(byKey(received)).isEqualTo(byKey(sent));
  }

  @Test
  void aStreamThatKeepsRefusing_endsTheReplay_sayingHowManyRecordsItHadAccepted() throws Exception {
    String stream = freshStream(2);
    List<CapturedRecord> sent = recording(1_500, 1_500, Duration.ofMillis(300));
    StreamRefusedException refused;
    try (KinesisProxy proxy = KinesisProxy.refusingAllAfter(kinesisEndpoint(), 2);
        AwsClients throughProxy =
            new AwsClients(Region.US_EAST_1, Optional.empty(), Optional.of(proxy.endpoint()))) {
      KinesisClient kinesis = throughProxy.kinesis(CallBudget.inBackground());

      refused =
          catchThrowableOfType(
              () ->
                  new StreamReplay(kinesis, ReplayOptions.of(stream, 10), "generate")
                      .run(sent.stream(), quiet()),
              StreamRefusedException.class);
    }

    int accepted = capture(stream).size();
    assertThat(accepted).isPositive().isLessThan(1_500);
    assertThat(refused)
        .hasMessageContaining("after 10 attempts")
        .hasMessageContaining(String.format("had accepted %,d records before that", accepted));
  }

  @Test
  void aStreamThatGoesAway_endsTheReplay_sayingHowManyRecordsItHadAccepted() throws Exception {
    String stream = freshStream(2);
    List<CapturedRecord> sent = recording(600, 600, Duration.ofSeconds(30));
    Throwable gone;
    KinesisProxy proxy = KinesisProxy.infrontOf(kinesisEndpoint(), 0);
    try (proxy;
        AwsClients throughProxy =
            new AwsClients(Region.US_EAST_1, Optional.empty(), Optional.of(proxy.endpoint()))) {
      KinesisClient kinesis = throughProxy.kinesis(CallBudget.inBackground());
      CompletableFuture<Throwable> replay =
          CompletableFuture.supplyAsync(
              () ->
                  catchThrowable(
                      () ->
                          new StreamReplay(kinesis, ReplayOptions.of(stream, 1), "generate")
                              .run(sent.stream(), quiet())));
      await().atMost(Duration.ofSeconds(60)).until(() -> capture(stream).size() >= 20);
      proxy.close();
      gone = replay.get(60, TimeUnit.SECONDS);
    }

    int accepted = capture(stream).size();
    assertThat(accepted).isBetween(20, 599);
    assertThat(gone)
        .isInstanceOf(StreamRefusedException.class)
        .hasMessageContaining("the stream could not be reached")
        .hasMessageContaining(String.format("had accepted %,d records before that", accepted));
  }

  @Test
  void aGenerate_saysGenerateInItsStatistics_andAReplayOfNothingAfterTheSeek_isRefused() {
    String stream = freshStream(1);
    StringWriter progress = new StringWriter();

    new StreamReplay(
            aws.kinesis(),
            ReplayOptions.of(stream, 10).withStatsEvery(Duration.ofMillis(100)),
            "generate")
        .run(recording(20, 4, Duration.ofSeconds(5)).stream(), new PrintWriter(progress, true));

    assertThat(progress.toString().lines())
        .isNotEmpty()
        .allMatch(line -> line.startsWith("generate "));
    assertThatThrownBy(
            () ->
                new StreamReplay(
                        aws.kinesis(),
                        ReplayOptions.of(stream, 10).withSeek(Duration.ofSeconds(60)))
                    .run(recording(20, 4, Duration.ofSeconds(5)).stream(), quiet()))
        .isInstanceOf(NothingToReplayException.class)
        .hasMessageContaining("no records to replay after --seek 60 s");
  }

  @Test
  void aCaptureReplayedToAnotherStream_andCapturedAgain_isTheSameRecords() {
    String first = freshStream(2);
    String second = freshStream(3);
    new StreamReplay(aws.kinesis(), ReplayOptions.of(first, 100))
        .run(recording(300, 20, Duration.ofSeconds(5)).stream(), quiet());
    CaptureFile captured = new CaptureFile(folder.resolve("first.jsonl"));
    try (CaptureFile.Writer out = captured.create()) {
      new StreamCapture(aws.kinesis(), CaptureOptions.everything(first)).run(out, quiet());
    }

    new StreamReplay(aws.kinesis(), ReplayOptions.of(second, 100)).run(captured.records(), quiet());
    List<CapturedRecord> again = capture(second);

    assertThat(again).hasSize(300);
    assertThat(again)
        .as("the shards merged in arrival order")
        .isSortedAccordingTo(Comparator.comparing(CapturedRecord::arrivedAt));
    assertThat(keysAndData(again))
        .containsExactlyInAnyOrderElementsOf(keysAndData(captured.readAll()));
    assertThat(byKey(again)).isEqualTo(byKey(captured.readAll()));
  }

  @Test
  void aSeek_skipsTheRecordsBeforeIt_andStartsAtOnce() {
    String stream = freshStream(1);
    List<CapturedRecord> sent = recording(40, 4, Duration.ofSeconds(40));

    LoadReport report =
        new StreamReplay(
                aws.kinesis(), ReplayOptions.of(stream, 20).withSeek(Duration.ofSeconds(30)))
            .run(sent.stream(), quiet());

    List<CapturedRecord> expected =
        sent.stream()
            .filter(r -> !r.arrivedAt().isBefore(sent.get(0).arrivedAt().plusSeconds(30)))
            .toList();
    assertThat(report.count()).isEqualTo(expected.size());
    assertThat(keysAndData(capture(stream))).containsExactlyElementsOf(keysAndData(expected));
  }

  /** {@code n} records over {@code span}, evenly, their keys taken in turn from {@code keys}. */
  private static List<CapturedRecord> recording(int n, int keys, Duration span) {
    List<CapturedRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = "caller-" + (i % keys);
      records.add(
          CapturedRecord.generated(
              RECORDED.plus(span.multipliedBy(i).dividedBy(n)), key, key + " call " + i));
    }
    return records;
  }

  private static Duration scheduled(
      List<CapturedRecord> sent, CapturedRecord received, double speed) {
    CapturedRecord original =
        sent.stream().filter(r -> r.data().equals(received.data())).findFirst().orElseThrow();
    return Duration.ofNanos(
        (long) (Duration.between(sent.get(0).arrivedAt(), original.arrivedAt()).toNanos() / speed));
  }

  private static URI kinesisEndpoint() {
    return URI.create(aws.environment(ResourceNames.DEFAULT).get("AWS_ENDPOINT_URL_KINESIS"));
  }

  private static String freshStream(int shards) {
    String name = "replay-" + STREAMS.incrementAndGet();
    new LocalResources(aws.dynamo(), aws.kinesis()).createStream(name, shards);
    return name;
  }

  private List<CapturedRecord> capture(String stream) {
    CaptureFile file = new CaptureFile(folder.resolve(stream + ".jsonl"));
    try (CaptureFile.Writer out = file.create()) {
      new StreamCapture(aws.kinesis(), CaptureOptions.everything(stream)).run(out, quiet());
    }
    return file.readAll();
  }

  private static List<String> keysAndData(List<CapturedRecord> records) {
    return records.stream().map(r -> r.partitionKey() + "=" + r.text()).toList();
  }

  private static Map<String, List<String>> byKey(List<CapturedRecord> records) {
    return records.stream()
        .collect(
            Collectors.groupingBy(
                CapturedRecord::partitionKey,
                Collectors.mapping(CapturedRecord::text, Collectors.toList())));
  }

  private static PrintWriter quiet() {
    return new PrintWriter(new StringWriter());
  }
}
