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
import com.vanitycall.aws.ledger.DynamoDbCallLedger;
import com.vanitycall.core.call.DeadLetter;
import com.vanitycall.core.call.DeadLetters;
import com.vanitycall.core.history.CallLedger;
import com.vanitycall.core.history.ScoredCall;
import com.vanitycall.pipeline.handoff.ScoredCallJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The state machine's PersistAndCount task: the results of the Map over a batch in ({@code
 * {"records": [...]}}: a call ready to persist, a record already reported for retry, or one that
 * was dead-lettered), the batch item failures for the pipe out ({@code {"batchItemFailures":
 * [{"itemIdentifier": ...}]}}). The calls are written by the {@link CallLedger}.
 */
public final class PersistAndCountHandler implements RequestStreamHandler {

  private static final Logger LOG = LogManager.getLogger(PersistAndCountHandler.class);

  private final ObjectMapper json = JsonMapper.builder().build();
  private final CallLedger ledger;
  private final DeadLetters deadLetters;
  private final Clock clock;

  /** What Lambda calls: configured from the environment. */
  public PersistAndCountHandler() {
    this(PersistAndCountConfig.fromEnvironment(System.getenv()));
  }

  public PersistAndCountHandler(PersistAndCountConfig config) {
    this(
        new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty())
            .dynamoDb(CallBudget.inBackground()),
        config,
        Clock.systemUTC());
  }

  PersistAndCountHandler(DynamoDbClient dynamo, PersistAndCountConfig config, Clock clock) {
    this.deadLetters =
        new DynamoDbDeadLetters(dynamo, config.deadLettersTable(), config.callerTtl(), clock);
    this.ledger =
        new DynamoDbCallLedger(
            dynamo,
            config.callsTable(),
            config.analyticsTable(),
            config.callerTtl(),
            deadLetters,
            clock);
    this.clock = clock;
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
    failed.addAll(ledger.persist(ready));
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
