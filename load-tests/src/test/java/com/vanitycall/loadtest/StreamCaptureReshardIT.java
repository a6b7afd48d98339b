package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;

/**
 * A capture across a reshard, on kinesalite: shards split and merged in the middle of a capture (as
 * an on-demand stream does under load) are followed, every record is captured, and each key's
 * records stay in their order; a capture made after the reshard reads the lineage the same way.
 */
class StreamCaptureReshardIT {

  private static final int KEYS = 40;
  private static final int PER_PHASE = 400;
  private static final AtomicInteger STREAMS = new AtomicInteger();

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @TempDir Path folder;

  @Test
  void aSplitAndAMergeDuringACapture_loseNothing_andKeepEachKeysOrder() throws Exception {
    String stream = "reshard-" + STREAMS.incrementAndGet();
    new LocalResources(aws.dynamo(), aws.kinesis()).createStream(stream, 2);
    Resharding resharding = new Resharding(aws.kinesis(), stream);
    CaptureFile file = new CaptureFile(folder.resolve("during.jsonl"));
    StringWriter progress = new StringWriter();
    StreamCapture capture =
        new StreamCapture(
            aws.kinesis(),
            new CaptureOptions(stream, Optional.empty(), OptionalLong.of(3L * PER_PHASE)));
    CompletableFuture<Long> captured;
    try (CaptureFile.Writer writer = file.create()) {
      // the capture lists the stream's two shards before anything is put or resharded
      captured =
          CompletableFuture.supplyAsync(() -> capture.run(writer, new PrintWriter(progress, true)));
      Map<String, Integer> next = new HashMap<>();
      put(stream, next, PER_PHASE);
      String split = resharding.split(Optional.empty());
      put(stream, next, PER_PHASE);
      List<String> merged = resharding.merge(Optional.empty());
      put(stream, next, PER_PHASE);

      assertThat(captured.get(60, TimeUnit.SECONDS)).isEqualTo(3L * PER_PHASE);
      assertThat(merged).doesNotContain(split);
    }

    List<CapturedRecord> records = file.readAll();
    assertThat(records).hasSize(3 * PER_PHASE);
    assertEveryKeyInOrder(records);
    List<StreamCapture.ShardRead> shards = capture.shardsRead();
    assertThat(shards).hasSize(5);
    assertThat(shards.stream().filter(s -> s.parents().size() == 1)).hasSize(2);
    assertThat(shards.stream().filter(s -> s.parents().size() == 2)).hasSize(1);
    assertThat(
            shards.stream().filter(s -> !s.parents().isEmpty()).mapToLong(s -> s.records()).sum())
        .as("records read from the shards made during the capture")
        .isPositive();
    assertThat(progress.toString())
        .contains("closed after", "split or merged from shardId")
        .doesNotContain("split or merged from )");

    // and a capture of the whole stream after the fact reads the same, in the same order per key
    CaptureFile after = new CaptureFile(folder.resolve("after.jsonl"));
    try (CaptureFile.Writer writer = after.create()) {
      new StreamCapture(aws.kinesis(), CaptureOptions.everything(stream))
          .run(writer, new PrintWriter(new StringWriter()));
    }
    assertThat(after.readAll())
        .extracting(CapturedRecord::text)
        .containsExactlyInAnyOrderElementsOf(records.stream().map(CapturedRecord::text).toList());
    assertEveryKeyInOrder(after.readAll());
  }

  @Test
  void childrenAnnouncedOnlyByGetRecords_asOnAws_areReadToo() throws Exception {
    String stream = "reshard-" + STREAMS.incrementAndGet();
    new LocalResources(aws.dynamo(), aws.kinesis()).createStream(stream, 2);
    Resharding resharding = new Resharding(aws.kinesis(), stream);
    Map<String, Integer> next = new HashMap<>();
    put(stream, next, PER_PHASE);
    resharding.split(Optional.empty());
    put(stream, next, PER_PHASE);
    resharding.merge(Optional.empty());
    put(stream, next, PER_PHASE);
    CaptureFile file = new CaptureFile(folder.resolve("announced.jsonl"));

    try (KinesisProxy proxy = KinesisProxy.announcingChildShards(kinesisEndpoint());
        AwsClients throughProxy =
            new AwsClients(Region.US_EAST_1, Optional.empty(), Optional.of(proxy.endpoint()));
        CaptureFile.Writer writer = file.create()) {
      StreamCapture capture =
          new StreamCapture(
              throughProxy.kinesis(CallBudget.inBackground()), CaptureOptions.everything(stream));
      capture.run(writer, new PrintWriter(new StringWriter()));

      assertThat(proxy.childShardsAnnounced()).isPositive();
      assertThat(capture.shardsRead()).hasSize(5);
    }
    assertThat(file.readAll()).hasSize(3 * PER_PHASE);
    assertEveryKeyInOrder(file.readAll());
  }

  private static URI kinesisEndpoint() {
    return URI.create(aws.environment(ResourceNames.DEFAULT).get("AWS_ENDPOINT_URL_KINESIS"));
  }

  /** Puts n records, one at a time, over KEYS keys in turn, each key's records numbered. */
  private static void put(String stream, Map<String, Integer> next, int n) {
    for (int i = 0; i < n; i++) {
      String key = "caller-" + (next.values().stream().mapToInt(Integer::intValue).sum() % KEYS);
      int number = next.merge(key, 1, Integer::sum);
      aws.kinesis()
          .putRecord(
              b ->
                  b.streamName(stream)
                      .partitionKey(key)
                      .data(SdkBytes.fromUtf8String(key + " #" + number)));
    }
  }

  private static void assertEveryKeyInOrder(List<CapturedRecord> records) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (CapturedRecord record : records) {
      byKey
          .computeIfAbsent(record.partitionKey(), k -> new ArrayList<>())
          .add(Integer.parseInt(record.text().substring(record.text().indexOf('#') + 1)));
    }
    assertThat(byKey).hasSize(KEYS);
    byKey.forEach(
        (key, numbers) ->
            assertThat(numbers)
                .as("%s in the order it was put", key)
                .isSorted()
                .doesNotHaveDuplicates()
                .hasSize(3 * PER_PHASE / KEYS));
  }
}
