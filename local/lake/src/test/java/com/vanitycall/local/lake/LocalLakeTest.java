package com.vanitycall.local.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.aws.schema.LakeTable;
import com.vanitycall.core.call.VanitySource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.firehose.model.ResourceNotFoundException;

/**
 * The local lake through the real Firehose SDK client: records buffered, written as Parquet by day
 * with the schema's columns and types, and queried in the locked-down DuckDB session.
 */
class LocalLakeTest {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

  @TempDir Path dir;
  private LocalLake lake;
  private FirehoseClient firehose;

  @BeforeEach
  void start() {
    lake =
        LocalLake.start(
            new LakeFiles(dir),
            LocalLake.DELIVERY_STREAM,
            new BufferHints(1 << 20, Duration.ofHours(1)));
    firehose = client(lake.firehoseEndpoint());
  }

  @AfterEach
  void stop() {
    firehose.close();
    lake.close();
  }

  @Test
  void deliveredRecords_areWrittenByDay_whenFlushed_withTheSchemasColumnsAndTypes() {
    put(
        LakeCalls.valid("a", "+18003569377", NOON, VanitySource.QUICK),
        LakeCalls.valid("b", "+18003569377", NOON.plus(Duration.ofDays(1)), VanitySource.CACHE),
        LakeCalls.withheld("c", NOON));
    assertThat(lake.files().parquetFiles()).as("buffered, not yet written").isEmpty();

    lake.flush();

    assertThat(lake.files().parquetFiles())
        .extracting(f -> f.getParent().getFileName().toString())
        .containsExactlyInAnyOrder("day=2026-11-22", "day=2026-11-23");
    try (LakeSession session = session()) {
      QueryResult described = session.query("SELECT * FROM (DESCRIBE lake_calls)");
      List<String> expected = new ArrayList<>();
      LakeTable.COLUMNS.forEach(c -> expected.add(c.name() + " " + c.type().duckDb()));
      expected.add("day VARCHAR");
      assertThat(
              described.rows().stream()
                  .map(r -> r.get(0) + " " + r.get(1).replace("\"", ""))
                  .toList())
          .isEqualTo(expected);
      QueryResult calls =
          session.query("SELECT event_id, day, caller_status FROM calls ORDER BY 1");
      assertThat(calls.rows())
          .containsExactly(
              List.of("a", "2026-11-22", "VALID"),
              List.of("b", "2026-11-23", "VALID"),
              List.of("c", "2026-11-22", "WITHHELD"));
    }
  }

  @Test
  void aCallDeliveredTwice_isOneCallInTheViews() {
    put(LakeCalls.valid("a", "+18003569377", NOON, VanitySource.QUICK));
    lake.flush();
    put(LakeCalls.valid("a", "+18003569377", NOON, VanitySource.QUICK));
    lake.flush();
    try (LakeSession session = session()) {
      assertThat(session.query("SELECT count(*) FROM lake_calls").rows())
          .containsExactly(List.of("2"));
      assertThat(session.query("SELECT count(*) FROM calls").rows()).containsExactly(List.of("1"));
    }
  }

  @Test
  void everyNamedQuery_runs_onTheLocalLake() {
    put(
        LakeCalls.valid("a", "+18003569377", NOON, VanitySource.QUICK),
        LakeCalls.valid("b", "+18003569377", NOON.plusSeconds(3600), VanitySource.CACHE),
        LakeCalls.withheld("c", NOON));
    lake.flush();
    NamedQueries queries = NamedQueries.inCheckout();
    assertThat(queries.all()).hasSizeGreaterThanOrEqualTo(7);
    try (LakeSession session = session()) {
      for (NamedQuery query : queries.all()) {
        QueryResult result = session.query(query.render(Map.of(), LocalDate.parse("2026-11-23")));
        assertThat(result.rows()).as(query.name()).isNotEmpty();
      }
    }
  }

  @Test
  void anUnknownStream_isRefusedAsFirehoseRefusesIt() {
    assertThatThrownBy(
            () ->
                firehose.putRecordBatch(
                    b ->
                        b.deliveryStreamName("nope")
                            .records(
                                Record.builder().data(SdkBytes.fromUtf8String("{}\n")).build())))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void aBufferAStoppedStackLeft_isWrittenAtTheNextStart() throws java.io.IOException {
    LakeFiles stopped = new LakeFiles(dir.resolve("stopped"));
    Files.createDirectories(stopped.firehose());
    Files.write(
        stopped.firehose().resolve("buffer.jsonl"),
        LakeCalls.line(LakeCalls.valid("a", "+18003569377", NOON, VanitySource.QUICK)));

    try (LocalLake restarted =
        LocalLake.start(stopped, LocalLake.DELIVERY_STREAM, BufferHints.LOCAL)) {
      assertThat(restarted.files().parquetFiles()).hasSize(1);
      try (Stream<Path> left = Files.list(stopped.firehose())) {
        assertThat(left.toList()).as("the buffer, once written").isEmpty();
      }
    }
  }

  private LakeSession session() {
    return LakeSession.open(lake.files(), NamedQueries.inCheckout().views());
  }

  private void put(com.vanitycall.core.lake.LakeRecord... records) {
    PutRecordBatchResponse response =
        firehose.putRecordBatch(
            b ->
                b.deliveryStreamName(LocalLake.DELIVERY_STREAM)
                    .records(
                        Stream.of(records)
                            .map(
                                r ->
                                    Record.builder()
                                        .data(SdkBytes.fromByteArray(LakeCalls.line(r)))
                                        .build())
                            .toList()));
    assertThat(response.failedPutCount()).isZero();
    assertThat(response.requestResponses()).hasSize(records.length);
  }

  private static FirehoseClient client(URI endpoint) {
    return FirehoseClient.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(endpoint)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
