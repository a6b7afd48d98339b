package com.vanitycall.local.workflow;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.KinesisEmulator;
import com.vanitycall.pipeline.deepscore.DeepScoreConfig;
import com.vanitycall.pipeline.deepscore.DeepScoreHandler;
import com.vanitycall.pipeline.persist.PersistAndCountHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The deployed state machine, run by the local workflow runner on DynamoDB Local through the real
 * ASL engine: what a batch leaves in the tables.
 */
class CallPipelineIT {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger STACKS = new AtomicInteger();
  private static final VanityEngine DEEP = VanityEngine.load(Profile.DEEP);
  private static final Map<String, List<Vanity>> BEST = new HashMap<>();

  private static DynamoDbLocal dynamoDbLocal;
  private static KinesisEmulator kinesisEmulator;
  private static DynamoDbClient dynamo;
  private static KinesisClient kinesis;
  private static DeepScoreHandler deepScore;

  private final PipeRecords records = new PipeRecords();
  private ResourceNames names;
  private volatile String brokenSequence;
  private LocalWorkflow workflow;

  @BeforeAll
  static void startEmulators() {
    dynamoDbLocal = DynamoDbLocal.inMemory();
    kinesisEmulator = KinesisEmulator.inMemory();
    var credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    dynamo =
        DynamoDbClient.builder()
            .endpointOverride(dynamoDbLocal.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    kinesis =
        KinesisClient.builder()
            .endpointOverride(kinesisEmulator.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    deepScore = new DeepScoreHandler(new DeepScoreConfig(Duration.ofDays(90)));
  }

  @AfterAll
  static void stopEmulators() {
    dynamo.close();
    kinesis.close();
    kinesisEmulator.close();
    dynamoDbLocal.close();
  }

  @AfterEach
  void stopWorkflow() {
    if (workflow != null) {
      workflow.close();
    }
  }

  @Test
  void aBatch_persistsEveryCallWithItsDeepBestFive_refreshesTheCache_andCountsExactly() {
    start(UnaryOperator.identity());
    List<ObjectNode> batch =
        List.of(
            records.record(PipeRecords.valid("c-1", "+18003569377", NOON, VanitySource.QUICK)),
            records.record(PipeRecords.valid("c-2", "+12125550147", NOON, VanitySource.CACHE)),
            records.record(
                PipeRecords.valid(
                    "c-3", "+18003569377", NOON.plusSeconds(3600), VanitySource.CACHE)),
            records.record(PipeRecords.withheld("c-4", NOON)),
            records.record(PipeRecords.invalid("c-5", NOON)));

    BatchResult result = workflow.invoke(PipeRecords.batch(batch));

    assertThat(result.failedItemIdentifiers()).isEmpty();
    Map<String, Map<String, AttributeValue>> calls = byKey(names.callsTable(), "eventId");
    assertThat(calls).containsOnlyKeys("c-1", "c-2", "c-3", "c-4", "c-5");
    assertThat(vanities(calls.get("c-1").get("vanities"))).isEqualTo(deepBest("+18003569377"));
    assertThat(vanities(calls.get("c-2").get("vanities"))).isEqualTo(deepBest("+12125550147"));
    assertThat(calls.get("c-1").get("callerNumber").s()).isEqualTo("+18003569377");
    assertThat(calls.get("c-1").get("dayBucket").s()).matches("2026-11-22#[0-7]");
    assertThat(calls.get("c-1").get("receivedAt").s()).isEqualTo("2026-11-22T12:00:00.250Z");
    assertThat(calls.get("c-4")).doesNotContainKey("callerNumber");
    assertThat(calls.get("c-4").get("callerStatus").s()).isEqualTo("WITHHELD");

    Map<String, Map<String, AttributeValue>> cache = byKey(names.vanityCacheTable(), "number");
    assertThat(cache).containsOnlyKeys("+18003569377", "+12125550147");
    assertThat(cache.get("+18003569377").get("scoredAt").n())
        .isEqualTo(Long.toString(NOON.plusSeconds(3600).toEpochMilli()));
    assertThat(vanities(cache.get("+12125550147").get("vanities")))
        .isEqualTo(deepBest("+12125550147"));

    Map<String, Map<String, AttributeValue>> counters =
        byKey(names.analyticsTable(), "counter", "subject");
    assertThat(counters.get("day#2026-11-22#total"))
        .containsEntry("calls", n(5))
        .containsEntry("hour12", n(4))
        .containsEntry("hour13", n(1))
        .containsEntry("valid", n(3))
        .containsEntry("withheld", n(1))
        .containsEntry("invalid", n(1))
        .containsEntry("answeredFromCache", n(2))
        .containsEntry("answeredQuick", n(1))
        .containsEntry("answeredFallback", n(2));
    assertThat(counters.get("area#2026-11-22#1800")).containsEntry("calls", n(2));
    assertThat(counters.get("area#2026-11-22#1212")).containsEntry("calls", n(1));
    assertThat(counters.get("area#2026-11-22#none")).containsEntry("calls", n(2));
    assertThat(
            counters.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("word#2026-11-22#"))
                .mapToInt(entry -> Integer.parseInt(entry.getValue().get("calls").n()))
                .sum())
        .isEqualTo(5);
  }

  @Test
  void whatThePipelineStored_servesEveryAccessPatternOfTheCallHistory() {
    start(UnaryOperator.identity());
    workflow.invoke(
        PipeRecords.batch(
            List.of(
                records.record(PipeRecords.valid("h-1", "+18003569377", NOON, VanitySource.QUICK)),
                records.record(
                    PipeRecords.valid(
                        "h-2", "+12125550147", NOON.plusSeconds(60), VanitySource.QUICK)),
                records.record(
                    PipeRecords.valid(
                        "h-3", "+18003569377", NOON.plusSeconds(7200), VanitySource.CACHE)),
                records.record(PipeRecords.withheld("h-4", NOON.minusSeconds(86_400))))));
    DynamoDbCallHistory history =
        new DynamoDbCallHistory(dynamo, names.callsTable(), names.analyticsTable());
    LocalDate day = LocalDate.parse("2026-11-22");

    assertThat(history.callsOf("+18003569377", 10))
        .extracting(StoredCall::eventId)
        .containsExactly("h-3", "h-1");
    assertThat(history.callsOf("+18003569377", 10).get(1).vanities())
        .isEqualTo(deepBest("+18003569377"));
    assertThat(history.callsBetween(NOON, NOON.plusSeconds(3600)))
        .extracting(StoredCall::eventId)
        .containsExactly("h-1", "h-2");
    assertThat(history.callsBetween(NOON.minusSeconds(90_000), NOON))
        .extracting(StoredCall::eventId)
        .containsExactly("h-4", "h-1");
    assertThat(history.lastCalls(2, day, 2))
        .extracting(StoredCall::eventId)
        .containsExactly("h-3", "h-2");
    assertThat(history.lastCalls(10, day, 2))
        .extracting(StoredCall::eventId)
        .containsExactly("h-3", "h-2", "h-1", "h-4");
    DayCounters counters = history.counters(day).orElseThrow();
    assertThat(counters.calls()).isEqualTo(3);
    assertThat(counters.callsByHour()).containsOnly(entry(12, 2L), entry(14, 1L));
    assertThat(counters.answeredFromCache()).isEqualTo(1);
    assertThat(history.counters(day.minusDays(1)).orElseThrow().withheldShare()).isEqualTo(1.0);
    assertThat(history.countsBy(CounterDimension.AREA, day))
        .containsOnly(entry("1800", 2L), entry("1212", 1L));
  }

  @Test
  void replayingABatchTwice_andShuffled_leavesEveryTableUnchanged() {
    start(UnaryOperator.identity());
    List<ObjectNode> batch = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      batch.add(
          records.record(
              PipeRecords.valid(
                  "r-" + i, "+1800356937" + (i % 4), NOON.plusSeconds(i), VanitySource.QUICK)));
    }
    batch.add(records.record(PipeRecords.withheld("r-w", NOON)));
    workflow.invoke(PipeRecords.batch(batch));
    Map<String, Object> first = snapshot();

    workflow.invoke(PipeRecords.batch(batch));
    List<ObjectNode> shuffled = new ArrayList<>(batch);
    Collections.shuffle(shuffled, new Random(7));
    BatchResult replay = workflow.invoke(PipeRecords.batch(shuffled));

    assertThat(replay.failedItemIdentifiers()).isEmpty();
    assertThat(snapshot()).isEqualTo(first);
  }

  @Test
  void aRecordThatIsNotACallEvent_isDeadLetteredWithItsReason_whileTheOthersAreProcessed() {
    start(UnaryOperator.identity());
    ObjectNode poison = records.record("p-1", "{\"schemaVersion\":1,\"eventId\":\"p-1\"}");
    List<ObjectNode> batch =
        List.of(
            records.record(PipeRecords.valid("g-1", "+18003569377", NOON, VanitySource.QUICK)),
            poison,
            records.record(PipeRecords.withheld("g-2", NOON)));

    BatchResult result = workflow.invoke(PipeRecords.batch(batch));

    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("g-1", "g-2");
    Map<String, Map<String, AttributeValue>> deadLetters = byKey(names.deadLettersTable(), "id");
    String id = "pipeline-" + poison.get("sequenceNumber").asText();
    assertThat(deadLetters).containsOnlyKeys(id);
    assertThat(deadLetters.get(id).get("origin").s()).isEqualTo("pipeline-parse");
    assertThat(deadLetters.get(id).get("reason").s()).contains("not a call event");
    assertThat(decoded(deadLetters.get(id).get("payloadBase64")))
        .isEqualTo("{\"schemaVersion\":1,\"eventId\":\"p-1\"}");
    assertThat(deadLetters.get(id).get("payloadBytes").n()).isEqualTo("35");
    assertThat(deadLetters.get(id)).containsKeys("payloadSha256", "failedAt", "expiresAt");
  }

  @Test
  void aRecordTooBigForAnItem_andGarbageBytes_areDeadLettered_withTheirFirstBytesExactly()
      throws Exception {
    start(UnaryOperator.identity());
    byte[] huge = new byte[900 * 1024];
    Arrays.fill(huge, (byte) 'x');
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, (byte) 0x28};
    ObjectNode big = records.record("big", huge);
    ObjectNode binary = records.record("garbage", garbage);

    BatchResult result =
        workflow.invoke(
            PipeRecords.batch(
                List.of(big, binary, records.record(PipeRecords.withheld("g-3", NOON)))));

    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("g-3");
    Map<String, Map<String, AttributeValue>> deadLetters = byKey(names.deadLettersTable(), "id");
    Map<String, AttributeValue> bigLetter =
        deadLetters.get("pipeline-" + big.get("sequenceNumber").asText());
    assertThat(Base64.getDecoder().decode(bigLetter.get("payloadBase64").s()))
        .isEqualTo(Arrays.copyOf(huge, LetterPayload.HEAD_BYTES));
    assertThat(bigLetter.get("payloadBytes").n()).isEqualTo(Integer.toString(huge.length));
    assertThat(bigLetter.get("payloadSha256").s())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
    Map<String, AttributeValue> garbageLetter =
        deadLetters.get("pipeline-" + binary.get("sequenceNumber").asText());
    assertThat(Base64.getDecoder().decode(garbageLetter.get("payloadBase64").s()))
        .isEqualTo(garbage);
  }

  @Test
  void transientFailures_areRetried_andOneThatOutlastsTheRetries_isReportedToThePipe() {
    Map<String, AtomicInteger> attempts = new HashMap<>();
    start(
        tasks ->
            request -> {
              String target =
                  switch (request.state()) {
                    case "RefreshCache" -> request.input().at("/Item/number/S").asText();
                    case "PersistAndCount" -> "the batch";
                    default -> "";
                  };
              int attempt;
              synchronized (attempts) {
                attempt =
                    attempts.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
              }
              if (target.equals("+18003569377")
                  || (target.equals("+12125550147") && attempt == 1)) {
                throw new TaskFailedException(
                    "DynamoDB.ProvisionedThroughputExceededException", "injected throttling");
              }
              if (target.equals("the batch") && attempt == 1) {
                throw new TaskFailedException("Lambda.ServiceException", "injected outage");
              }
              return tasks.run(request);
            });
    ObjectNode down =
        records.record(PipeRecords.valid("t-down", "+18003569377", NOON, VanitySource.QUICK));
    List<ObjectNode> batch =
        List.of(
            records.record(PipeRecords.valid("t-blip", "+12125550147", NOON, VanitySource.QUICK)),
            down,
            records.record(PipeRecords.withheld("t-ok", NOON)));

    BatchResult result = workflow.invoke(PipeRecords.batch(batch));

    assertThat(result.failedItemIdentifiers()).containsExactly(down.get("eventID").asText());
    assertThat(attempts.get("+12125550147")).hasValue(2);
    assertThat(attempts.get("+18003569377")).hasValue(4);
    assertThat(attempts.get("the batch")).hasValue(2);
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("t-blip", "t-ok");
    assertThat(byKey(names.vanityCacheTable(), "number")).containsOnlyKeys("+12125550147");
    assertThat(byKey(names.deadLettersTable(), "id")).isEmpty();
  }

  @Test
  void aRecordATaskRefusesForGood_isDeadLetteredWithTheErrorAndItsDecodedPayload() {
    start(
        tasks ->
            request -> {
              if (request.state().equals("DeepScore")
                  && request
                      .input()
                      .at("/Payload/sequenceNumber")
                      .asText()
                      .equals(brokenSequence)) {
                throw new TaskFailedException(
                    "java.lang.IllegalStateException", "{\"errorMessage\":\"scoring broke\"}");
              }
              return tasks.run(request);
            });
    CallEvent broken = PipeRecords.valid("b-1", "+18003569377", NOON, VanitySource.QUICK);
    ObjectNode brokenRecord = records.record(broken);
    brokenSequence = brokenRecord.get("sequenceNumber").asText();
    List<ObjectNode> batch =
        List.of(brokenRecord, records.record(PipeRecords.withheld("b-2", NOON)));

    BatchResult result = workflow.invoke(PipeRecords.batch(batch));

    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("b-2");
    Map<String, AttributeValue> letter =
        byKey(names.deadLettersTable(), "id").get("pipeline-" + brokenSequence);
    assertThat(letter.get("origin").s()).isEqualTo("pipeline-workflow");
    assertThat(letter.get("reason").s())
        .startsWith("java.lang.IllegalStateException: ")
        .contains("scoring broke");
    assertThat(decoded(letter.get("payloadBase64"))).isEqualTo(new CallEventCodec().toJson(broken));
    assertThat(Instant.parse(letter.get("failedAt").s())).isAfter(Instant.now().minusSeconds(600));
    assertThat(letter).doesNotContainKey("expiresAt");
  }

  @Test
  void aRecordWhoseDataIsNotText_orLarge_isDeadLetteredAsItCame_withoutFailingTheExecution() {
    String large = "{\"eventId\":\"" + "é".repeat(20_000) + "\"}";
    byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80};
    Set<String> refused = new HashSet<>();
    start(
        tasks ->
            request -> {
              if (request.state().equals("DeepScore")
                  && refused.contains(request.input().at("/Payload/data").asText())) {
                throw new TaskFailedException(
                    "java.lang.IllegalStateException", "{\"errorMessage\":\"scoring broke\"}");
              }
              return tasks.run(request);
            });
    ObjectNode largeRecord = records.record("x-1", large);
    ObjectNode binaryRecord = records.record("x-2", binary);
    refused.add(largeRecord.get("data").asText());
    refused.add(binaryRecord.get("data").asText());

    BatchResult result =
        workflow.invoke(
            PipeRecords.batch(
                List.of(
                    largeRecord, binaryRecord, records.record(PipeRecords.withheld("x-3", NOON)))));

    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("x-3");
    Map<String, Map<String, AttributeValue>> letters = byKey(names.deadLettersTable(), "id");
    assertThat(
            decoded(
                letters
                    .get("pipeline-" + largeRecord.get("sequenceNumber").asText())
                    .get("payloadBase64")))
        .isEqualTo(large);
    assertThat(
            letters
                .get("pipeline-" + binaryRecord.get("sequenceNumber").asText())
                .get("payloadBase64")
                .s())
        .isEqualTo(Base64.getEncoder().encodeToString(binary));
  }

  @Test
  void aDeepScoreThatOutrunsItsTimeout_failsAsLambdaUnknown_andIsRetried() {
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger invocations = new AtomicInteger();
    RequestStreamHandler hangsOnce =
        (input, output, context) -> {
          if (invocations.incrementAndGet() == 1) {
            try {
              never.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("stopped by the timeout", e);
            }
          }
          deepScore.handleRequest(input, output, context);
        };
    List<String> errors = new CopyOnWriteArrayList<>();
    start(
        new LocalFunction(hangsOnce, Duration.ofSeconds(2)),
        tasks ->
            request -> {
              try {
                return tasks.run(request);
              } catch (TaskFailedException e) {
                errors.add(request.state() + " " + e.error());
                throw e;
              }
            });

    BatchResult result =
        workflow.invoke(
            PipeRecords.batch(
                List.of(
                    records.record(
                        PipeRecords.valid("u-1", "+18003569377", NOON, VanitySource.QUICK)))));

    assertThat(errors).containsExactly("DeepScore Lambda.Unknown");
    assertThat(invocations).hasValue(2);
    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("u-1");
    assertThat(byKey(names.deadLettersTable(), "id")).isEmpty();
  }

  @Test
  void aWriteDynamoDbRefusesForGood_isDeadLetteredAtOnce_withItsRecord() {
    AtomicInteger refreshes = new AtomicInteger();
    List<String> errors = new CopyOnWriteArrayList<>();
    start(
        tasks ->
            request -> {
              if (!request.state().equals("RefreshCache")) {
                return tasks.run(request);
              }
              refreshes.incrementAndGet();
              // an empty key: DynamoDB Local refuses it with a ValidationException
              ObjectNode refused = request.input().deepCopy();
              ((ObjectNode) refused.at("/Item/number")).put("S", "");
              try {
                return tasks.run(new TaskRequest(request.state(), request.resource(), refused));
              } catch (TaskFailedException e) {
                errors.add(e.error() + " " + e.getMessage());
                throw e;
              }
            });
    CallEvent call = PipeRecords.valid("v-1", "+18003569377", NOON, VanitySource.QUICK);
    ObjectNode record = records.record(call);

    BatchResult result = workflow.invoke(PipeRecords.batch(List.of(record)));

    assertThat(refreshes).as("not retried").hasValue(1);
    assertThat(errors)
        .singleElement()
        .asString()
        .startsWith("DynamoDB.AmazonDynamoDBException ")
        .contains("ValidationException");
    assertThat(result.failedItemIdentifiers()).isEmpty();
    Map<String, AttributeValue> letter =
        byKey(names.deadLettersTable(), "id")
            .get("pipeline-" + record.get("sequenceNumber").asText());
    assertThat(letter.get("origin").s()).isEqualTo("pipeline-workflow");
    assertThat(letter.get("reason").s()).startsWith("DynamoDB.AmazonDynamoDBException: ");
    assertThat(decoded(letter.get("payloadBase64"))).isEqualTo(new CallEventCodec().toJson(call));
  }

  @Test
  void aFullBatch_staysWellWithinTheStateDataAnExpressExecutionAllows() {
    int expressLimit = 256 * 1024;
    AtomicInteger persistInputBytes = new AtomicInteger();
    start(
        tasks ->
            request -> {
              if (request.state().equals("PersistAndCount")) {
                persistInputBytes.set(request.input().toString().length());
              }
              return tasks.run(request);
            });
    List<ObjectNode> batch = new ArrayList<>();
    Random random = new Random(9);
    for (int i = 0; i < 100; i++) {
      StringBuilder number = new StringBuilder("+1415");
      for (int digit = 0; digit < 7; digit++) {
        number.append(2 + random.nextInt(8));
      }
      List<Vanity> heard = deepBest(number.toString());
      CallEvent call =
          new CallEvent(
              CallEvent.SCHEMA_VERSION,
              "f81d4fae-7dec-11d0-a765-00a0c91e" + String.format("%04d", i),
              number.toString(),
              CallerStatus.VALID,
              NOON,
              heard.subList(0, Math.min(3, heard.size())),
              VanitySource.QUICK,
              812);
      batch.add(records.record(call));
    }
    String body = PipeRecords.batch(batch);

    BatchResult result = workflow.invoke(body);

    assertThat(result.failedItemIdentifiers()).isEmpty();
    assertThat(byKey(names.callsTable(), "eventId")).hasSize(100);
    assertThat(body.length()).isLessThan(expressLimit / 2);
    assertThat(persistInputBytes.get()).isPositive().isLessThan(expressLimit * 3 / 4);
  }

  @Test
  void aNewerScoringInTheCache_isNotReplacedByAnOlderOne() {
    start(UnaryOperator.identity());
    CallEvent newer = PipeRecords.valid("n-2", "+18003569377", NOON, VanitySource.QUICK);
    CallEvent older =
        PipeRecords.valid("n-1", "+18003569377", NOON.minusSeconds(60), VanitySource.QUICK);

    workflow.invoke(PipeRecords.batch(List.of(records.record(newer))));
    workflow.invoke(PipeRecords.batch(List.of(records.record(older))));

    Map<String, AttributeValue> cached =
        byKey(names.vanityCacheTable(), "number").get("+18003569377");
    assertThat(cached.get("scoredAt").n()).isEqualTo(Long.toString(NOON.toEpochMilli()));
    assertThat(byKey(names.callsTable(), "eventId")).containsOnlyKeys("n-1", "n-2");
  }

  private void start(UnaryOperator<TaskRunner> decorate) {
    start(new LocalFunction(deepScore, LocalWorkflowConfig.DEEP_SCORE_TIMEOUT), decorate);
  }

  private void start(LocalFunction deepScoreFunction, UnaryOperator<TaskRunner> decorate) {
    names = ResourceNames.prefixed("wf" + STACKS.incrementAndGet());
    new LocalResources(dynamo, kinesis).createAll(names, 1);
    Map<String, String> environment = new HashMap<>(names.asEnvironment());
    environment.put(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB, dynamoDbLocal.endpoint().toString());
    environment.put(SharedVariables.AWS_REGION, "us-east-1");
    LocalWorkflowConfig config = LocalWorkflowConfig.fromEnvironment(environment);
    TaskRunner tasks =
        new LocalTasks(
            new LocalLambda(
                Map.of(
                    LocalWorkflowConfig.DEEP_SCORE_FUNCTION_ARN,
                    deepScoreFunction,
                    LocalWorkflowConfig.PERSIST_AND_COUNT_FUNCTION_ARN,
                    new LocalFunction(
                        new PersistAndCountHandler(config.persistAndCount()),
                        LocalWorkflowConfig.PERSIST_AND_COUNT_TIMEOUT))),
            new DynamoDbIntegration(LocalWorkflow.inProcess(config, dynamoDbLocal)));
    workflow = LocalWorkflow.start(config, decorate.apply(tasks));
  }

  private static List<Vanity> deepBest(String e164) {
    return BEST.computeIfAbsent(
        e164,
        number ->
            DEEP.best(((CallerNumber.Valid) new CallerNumberParser().parse(number)).phoneNumber()));
  }

  private static List<Vanity> vanities(AttributeValue json) {
    try {
      return JSON.readValue(json.s(), new TypeReference<List<Vanity>>() {});
    } catch (IOException e) {
      throw new AssertionError("not a vanity list: " + json.s(), e);
    }
  }

  private static String decoded(AttributeValue base64) {
    return new String(Base64.getDecoder().decode(base64.s()), StandardCharsets.UTF_8);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /** A table's items by their key, the key attributes' values joined with {@code #}. */
  private Map<String, Map<String, AttributeValue>> byKey(String table, String... keys) {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    dynamo
        .scanPaginator(b -> b.tableName(table).consistentRead(true))
        .items()
        .forEach(
            item ->
                items.put(
                    Stream.of(keys).map(key -> item.get(key).s()).collect(joining("#")), item));
    return items;
  }

  private Map<String, Object> snapshot() {
    return Map.of(
        "calls", byKey(names.callsTable(), "eventId"),
        "cache", byKey(names.vanityCacheTable(), "number"),
        "analytics", byKey(names.analyticsTable(), "counter", "subject"),
        "deadLetters", byKey(names.deadLettersTable(), "id"));
  }
}
