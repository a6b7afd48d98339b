package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.CallEventPublisher;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.call.PublishFailedException;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.phone.CallerStatus;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** The adapters against DynamoDB Local and kinesalite, through the real SDK clients. */
class AwsAdaptersIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();
  private static final DynamoDbClient dynamo = aws.dynamo();
  private static final KinesisClient kinesis = aws.kinesis();

  private static ResourceNames freshResources() {
    return aws.freshResources("adapters");
  }

  @Nested
  class DynamoDbVanityCacheOnDynamoDbLocal extends VanityCacheContract {
    private VanityCache cache;

    @BeforeEach
    void freshTable() {
      cache =
          new DynamoDbVanityCache(
              dynamo, freshResources().vanityCacheTable(), Duration.ofDays(90), CLOCK);
    }

    @Override
    protected VanityCache cache() {
      return cache;
    }

    @Test
    void offer_writesTheTimeToLiveFromTheRetention() {
      ResourceNames names = freshResources();
      new DynamoDbVanityCache(dynamo, names.vanityCacheTable(), Duration.ofDays(90), CLOCK)
          .offer(FLOWERS, scored(EARLIER, "FLOWERS"));

      Map<String, AttributeValue> item =
          dynamo
              .getItem(
                  b ->
                      b.tableName(names.vanityCacheTable())
                          .key(Map.of("number", AttributeValue.fromS(FLOWERS.e164()))))
              .item();

      assertThat(item.get("expiresAt").n())
          .isEqualTo(Long.toString(CLOCK.instant().plus(Duration.ofDays(90)).getEpochSecond()));
      assertThat(item.get("scoredAt").n()).isEqualTo(Long.toString(EARLIER.toEpochMilli()));
    }
  }

  @Nested
  class KinesisCallEventPublisherOnKinesalite extends CallEventPublisherContract {
    private String stream;
    private CallEventPublisher publisher;

    @BeforeEach
    void freshStream() {
      stream = freshResources().callEventsStream();
      publisher = new KinesisCallEventPublisher(kinesis, stream);
    }

    @Override
    protected CallEventPublisher publisher() {
      return publisher;
    }

    @Override
    protected List<Published> published() {
      CallEventCodec codec = new CallEventCodec();
      return aws.records(stream).stream()
          .map(r -> new Published(r.partitionKey(), codec.fromJson(r.data().asUtf8String())))
          .toList();
    }

    @Test
    void publish_toAStreamThatDoesNotExist_failsNamingTheStream() {
      CallEventPublisher toNowhere = new KinesisCallEventPublisher(kinesis, "no-such-stream");

      assertThatThrownBy(() -> toNowhere.publish(event("contact-1", CallerStatus.VALID)))
          .isInstanceOf(PublishFailedException.class)
          .hasMessageContaining("no-such-stream");
    }
  }

  @Nested
  class DynamoDbDeadLettersOnDynamoDbLocal extends DeadLettersContract {
    private DynamoDbDeadLetters deadLetters;
    private String table;

    @BeforeEach
    void freshTable() {
      table = freshResources().deadLettersTable();
      deadLetters = new DynamoDbDeadLetters(dynamo, table, Duration.ofDays(14), CLOCK);
    }

    @Override
    protected DeadLetters deadLetters() {
      return deadLetters;
    }

    @Override
    protected List<DeadLetter> held() {
      return deadLetters.list(100).stream().map(StoredDeadLetter::letter).toList();
    }

    @Test
    void list_returnsTheOldestFirst_upToTheLimit() {
      for (int minute = 3; minute >= 1; minute--) {
        deadLetters.send(
            new DeadLetter(
                "pipeline-parse",
                "m" + minute,
                "{}",
                Instant.parse("2026-11-22T10:0" + minute + ":00Z")));
      }

      assertThat(deadLetters.list(2))
          .extracting(stored -> stored.letter().reason())
          .containsExactly("m1", "m2");
    }

    @Test
    void aSentLetter_expiresAfterTheRetention() {
      deadLetters.send(new DeadLetter("connect-publish", "r", "{}", CLOCK.instant()));

      assertThat(dynamo.scan(b -> b.tableName(table)).items().get(0).get("expiresAt").n())
          .isEqualTo(Long.toString(CLOCK.instant().plus(Duration.ofDays(14)).getEpochSecond()));
    }

    @Test
    void aLetterKeptForAnOperator_neverExpires_andTheSameIdReplacesIt() {
      DeadLetter first =
          new DeadLetter("pipeline-workflow", "r1", "{}", Instant.parse("2026-11-22T10:01:00Z"));
      DeadLetter again =
          new DeadLetter("pipeline-workflow", "r2", "{}", Instant.parse("2026-11-22T10:02:00Z"));

      deadLetters.keepForAnOperator("pipeline-4954", first);
      deadLetters.keepForAnOperator("pipeline-4954", again);

      List<StoredDeadLetter> stored = deadLetters.list(10);
      assertThat(stored).extracting(StoredDeadLetter::id).containsExactly("pipeline-4954");
      assertThat(stored.get(0).letter()).isEqualTo(again);
      assertThat(dynamo.scan(b -> b.tableName(table)).items().get(0))
          .doesNotContainKey("expiresAt");
    }

    @Test
    void aLetterTooBigForAnItem_isWritten_withItsHeadItsSizeAndItsDigest() throws Exception {
      byte[] huge = new byte[900 * 1024];
      Arrays.fill(huge, (byte) 'z');
      String reason = "r".repeat(50_000);

      deadLetters.send(DeadLetter.ofBytes("local-pipe", reason, huge, CLOCK.instant()));

      StoredDeadLetter stored = deadLetters.list(1).get(0);
      assertThat(stored.complete()).isFalse();
      assertThat(stored.payloadSize()).isEqualTo(huge.length);
      assertThat(stored.letter().payloadBytes())
          .isEqualTo(Arrays.copyOf(huge, LetterPayload.HEAD_BYTES));
      assertThat(stored.letter().reason()).hasSizeLessThanOrEqualTo(DeadLetter.REASON_CHARACTERS);
      assertThat(dynamo.scan(b -> b.tableName(table)).items().get(0).get("payloadSha256").s())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
    }

    @Test
    void bytesThatAreNotText_comeBackExactly() {
      byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, (byte) 0x28};

      deadLetters.keepForAnOperator(
          "pipeline-7", DeadLetter.ofBytes("local-pipe", "r", garbage, CLOCK.instant()));

      StoredDeadLetter stored = deadLetters.list(1).get(0);
      assertThat(stored.complete()).isTrue();
      assertThat(stored.letter().payloadBytes()).isEqualTo(garbage);
    }

    @Test
    void remove_deletesOneLetterById_andSaysWhetherItWasThere() {
      deadLetters.send(new DeadLetter("o", "r1", "{}", Instant.parse("2026-11-22T10:01:00Z")));
      deadLetters.send(new DeadLetter("o", "r2", "{}", Instant.parse("2026-11-22T10:02:00Z")));
      String first = deadLetters.list(1).get(0).id();

      assertThat(deadLetters.remove(first)).isTrue();
      assertThat(deadLetters.remove(first)).isFalse();
      assertThat(held()).extracting(DeadLetter::reason).containsExactly("r2");
    }
  }

  @Nested
  class DynamoDbCallLedgerOnDynamoDbLocal extends CallLedgerContract {
    private CallLedger ledger;
    private CallHistory history;

    @BeforeEach
    void freshTables() {
      ResourceNames names = freshResources();
      ledger =
          new DynamoDbCallLedger(
              dynamo,
              names.callsTable(),
              names.analyticsTable(),
              Duration.ofDays(90),
              new DynamoDbDeadLetters(dynamo, names.deadLettersTable(), Duration.ofDays(14), CLOCK),
              CLOCK);
      history = new DynamoDbCallHistory(dynamo, names.callsTable(), names.analyticsTable());
    }

    @Override
    protected CallLedger ledger() {
      return ledger;
    }

    @Override
    protected CallHistory history() {
      return history;
    }
  }

  @Nested
  class Budgets {

    @Test
    void aCallToAServerThatNeverAnswers_endsWithinItsBudget() throws Exception {
      // a bound socket that never accepts: the kernel completes the handshake, nothing answers
      try (ServerSocket stalled = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
          AwsClients stalling =
              new AwsClients(
                  Region.US_EAST_1,
                  Optional.of(URI.create("http://127.0.0.1:" + stalled.getLocalPort())),
                  Optional.empty())) {
        DynamoDbVanityCache cache =
            new DynamoDbVanityCache(
                stalling.dynamoDb(CallBudget.whileCallerWaits(Duration.ofMillis(150))),
                "cache",
                Duration.ofDays(1),
                CLOCK);

        // the server never answers: only the budget can end the call, and it says so
        long started = System.nanoTime();
        assertThatThrownBy(() -> cache.find(VanityCacheContract.FLOWERS))
            .isInstanceOf(ApiCallTimeoutException.class)
            .hasMessageContaining("150 millis");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(140L);
      }
    }

    @Test
    void aCallToAClosedPort_failsFast_withinItsBudget() throws Exception {
      int closedPort;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = probe.getLocalPort();
      }
      try (AwsClients down =
          new AwsClients(
              Region.US_EAST_1,
              Optional.empty(),
              Optional.of(URI.create("http://127.0.0.1:" + closedPort)))) {
        CallEventPublisher publisher =
            new KinesisCallEventPublisher(
                down.kinesis(CallBudget.whileCallerWaits(Duration.ofMillis(300))), "events");

        // refused at once, not waited out: the failure is the refusal, not the budget's timeout
        var event = CallEventPublisherContract.event("contact-1", CallerStatus.VALID);
        assertThatThrownBy(() -> publisher.publish(event))
            .isInstanceOf(PublishFailedException.class)
            .hasRootCauseInstanceOf(ConnectException.class);
      }
    }
  }
}
