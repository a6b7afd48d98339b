package com.vanitycall.pipeline.persist;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.lake.FirehoseHistoryLake;
import com.vanitycall.aws.lake.PseudonymKeyFile;
import com.vanitycall.aws.lake.SecretsManagerPseudonymKey;
import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.CallRecorder;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.HistoryLake;
import com.vanitycall.core.lake.PseudonymKey;
import com.vanitycall.pipeline.handoff.ScoredCallJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The state machine's PersistAndCount task: the results of the Map over a batch in ({@code
 * {"records": [...]}}: a call ready to persist, a record already reported for retry, or one that
 * was dead-lettered), the batch item failures for the pipe out ({@code {"batchItemFailures":
 * [{"itemIdentifier": ...}]}}). The calls are written by the {@link CallLedger} and delivered to
 * the {@link HistoryLake} ({@link CallRecorder}).
 */
public final class PersistAndCountHandler implements RequestStreamHandler {

  private static final Logger LOG = LogManager.getLogger(PersistAndCountHandler.class);

  private final ObjectMapper json = JsonMapper.builder().build();
  private final CallRecorder recorder;
  private final DeadLetters deadLetters;
  private final Clock clock;

  /** What Lambda calls: configured from the environment. */
  public PersistAndCountHandler() {
    this(PersistAndCountConfig.fromEnvironment(System.getenv()));
  }

  public PersistAndCountHandler(PersistAndCountConfig config) {
    this(new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty()), config);
  }

  private PersistAndCountHandler(AwsClients clients, PersistAndCountConfig config) {
    this(
        clients.dynamoDb(CallBudget.inBackground()),
        config.lake().map(lake -> lakeOf(clients, lake)).orElse(HistoryLake.NOWHERE),
        config.lake().map(lake -> pseudonymsOf(clients, lake)).orElse(null),
        config,
        Clock.systemUTC());
  }

  /** For tests: the collaborators given. */
  PersistAndCountHandler(
      DynamoDbClient dynamo,
      HistoryLake lake,
      Supplier<CallerPseudonyms> pseudonyms,
      PersistAndCountConfig config,
      Clock clock) {
    this.deadLetters =
        new DynamoDbDeadLetters(dynamo, config.deadLettersTable(), config.callerTtl(), clock);
    CallLedger ledger =
        new DynamoDbCallLedger(
            dynamo,
            config.callsTable(),
            config.analyticsTable(),
            config.callerTtl(),
            deadLetters,
            clock);
    this.recorder =
        lake == HistoryLake.NOWHERE
            ? new CallRecorder(ledger)
            : new CallRecorder(ledger, lake, pseudonyms);
    this.clock = clock;
  }

  PersistAndCountHandler(DynamoDbClient dynamo, PersistAndCountConfig config, Clock clock) {
    this(dynamo, HistoryLake.NOWHERE, null, config, clock);
  }

  private static HistoryLake lakeOf(AwsClients clients, LakeSettings lake) {
    return new FirehoseHistoryLake(
        clients.client(
            FirehoseClient.builder(), lake.firehoseEndpoint(), CallBudget.inBackground()),
        lake.deliveryStream());
  }

  /**
   * The pseudonyms, their key read at the first delivery and kept: not while SnapStart takes its
   * snapshot, which would hold the key and the credentials that fetched it.
   */
  private static Supplier<CallerPseudonyms> pseudonymsOf(AwsClients clients, LakeSettings lake) {
    return new Supplier<>() {
      private CallerPseudonyms pseudonyms;

      @Override
      public synchronized CallerPseudonyms get() {
        if (pseudonyms == null) {
          PseudonymKey key =
              lake.keyFile()
                  .map(PseudonymKeyFile::readOrCreate)
                  .orElseGet(
                      () ->
                          SecretsManagerPseudonymKey.read(
                              clients.client(
                                  SecretsManagerClient.builder(),
                                  Optional.empty(),
                                  CallBudget.inBackground()),
                              lake.keySecret().orElseThrow()));
          pseudonyms = new CallerPseudonyms(key);
        }
        return pseudonyms;
      }
    };
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode records = json.readTree(input).path("records");
    List<ScoredCall> ready = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (JsonNode record : records) {
      if (record.has("itemIdentifier")) {
        failed.add(record.path("itemIdentifier").asText());
      } else if (record.has("scored")) {
        read(record).ifPresent(ready::add);
      }
    }
    failed.addAll(recorder.record(ready));
    LOG.debug(
        "batch of {} records: {} calls to persist, {} reported for retry",
        records.size(),
        ready.size(),
        failed.size());
    ObjectNode result = json.createObjectNode();
    ArrayNode failures = result.putArray("batchItemFailures");
    failed.forEach(eventId -> failures.addObject().put("itemIdentifier", eventId));
    json.writeValue(output, result);
  }

  /** The call a Map iteration made ready; one that cannot be read is dead-lettered. */
  private Optional<ScoredCall> read(JsonNode record) {
    try {
      return Optional.of(ScoredCallJson.read(record));
    } catch (IllegalArgumentException e) {
      String reason = "PersistAndCount could not read the scored call: " + e.getMessage();
      LOG.error("record {} dead-lettered: {}", record.path("sequenceNumber").asText(), reason);
      deadLetters.keepForAnOperator(
          "pipeline-" + record.path("sequenceNumber").asText(),
          new DeadLetter(
              "pipeline-workflow",
              reason,
              record.at("/scored/event").asText(record.toString()),
              clock.instant()));
      return Optional.empty();
    }
  }
}
