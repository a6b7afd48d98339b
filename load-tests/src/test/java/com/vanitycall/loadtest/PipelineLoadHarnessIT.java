package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.workflow.BatchResult;
import com.vanitycall.local.workflow.PipeTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The harness's own mechanics, with a stand-in workflow that writes one call record per event: it
 * must count what was processed and notice what was not.
 */
class PipelineLoadHarnessIT {

  private static final PipelineLoadOptions SMALL =
      new PipelineLoadOptions(600, 1_000, 2, 7L, Duration.ofSeconds(30), Duration.ZERO);

  @Test
  void aRunWhereEveryEventIsPersisted_reportsNothingLost_andItsRateAndLatency() {
    PipelineLoadReport report =
        new PipelineLoadHarness(SMALL, launcherWith(Set.of()))
            .run(new PrintWriter(new StringWriter()));

    assertThat(report.published()).isEqualTo(600);
    assertThat(report.processed()).isEqualTo(600);
    assertThat(report.nothingLost()).isTrue();
    assertThat(report.sustainedRate()).isPositive();
    assertThat(report.latencyMicros().getTotalCount()).isEqualTo(600);
  }

  @Test
  void aWarmUp_isCheckedForLossButNotMeasured() {
    PipelineLoadOptions warmedUp =
        new PipelineLoadOptions(300, 1_000, 2, 7L, Duration.ofSeconds(30), Duration.ofMillis(400));

    PipelineLoadReport report =
        new PipelineLoadHarness(warmedUp, launcherWith(Set.of()))
            .run(new PrintWriter(new StringWriter()));

    assertThat(report.warmedUp()).isEqualTo(400);
    assertThat(report.published()).isEqualTo(300);
    assertThat(report.processed()).isEqualTo(700);
    assertThat(report.countedCalls()).isEqualTo(700);
    assertThat(report.latencyMicros().getTotalCount()).isEqualTo(300);
    assertThat(report.nothingLost()).isTrue();
  }

  @Test
  void aWarmUpEventLost_isReportedAsLost() {
    PipelineLoadOptions warmedUp =
        new PipelineLoadOptions(300, 1_000, 2, 7L, Duration.ofSeconds(5), Duration.ofMillis(400));
    String dropped =
        SyntheticCallEvents.generate(warmedUp.warmupEvents(), warmedUp.seed() + 1, Instant.now())
            .get(7)
            .eventId();

    PipelineLoadReport report =
        new PipelineLoadHarness(warmedUp, launcherWith(Set.of(dropped)))
            .run(new PrintWriter(new StringWriter()));

    assertThat(report.missing()).containsExactly(dropped);
    assertThat(report.nothingLost()).isFalse();
  }

  @Test
  void aRunWhereTheWorkflowDropsAnEvent_reportsItMissing() {
    String dropped =
        SyntheticCallEvents.generate(SMALL.events(), SMALL.seed(), Instant.now()).get(42).eventId();

    PipelineLoadReport report =
        new PipelineLoadHarness(SMALL, launcherWith(Set.of(dropped)))
            .run(new PrintWriter(new StringWriter()));

    assertThat(report.missing()).containsExactly(dropped);
    assertThat(report.countedCalls()).isEqualTo(SMALL.events() - 1);
    assertThat(report.nothingLost()).isFalse();
  }

  private static PipelineUnderLoad.Launcher launcherWith(Set<String> dropping) {
    return (shards, listener) -> {
      StackOptions options = StackOptions.inMemory().withShards(shards);
      ResourceNames names = options.names();
      LocalStack stack = LocalStack.start(options);
      stack.startPipeline(
          new CallRecordWriter(stack.dynamoDb(), names, dropping), listener::batchDone);
      return new PipelineUnderLoad(
          stack.kinesis(),
          names.callEventsStream(),
          stack.dynamoDb(),
          names.callsTable(),
          names.analyticsTable(),
          stack::close);
    };
  }

  /** Writes a bare call record and counts it, per event, except for the ones it is told to drop. */
  private record CallRecordWriter(DynamoDbClient dynamo, ResourceNames names, Set<String> dropping)
      implements PipeTarget {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public BatchResult invoke(String batchJson) {
      for (JsonNode record : read(batchJson)) {
        JsonNode event =
            read(
                new String(
                    Base64.getDecoder().decode(record.get("data").asText()),
                    StandardCharsets.UTF_8));
        String eventId = event.get("eventId").asText();
        if (!dropping.contains(eventId)) {
          dynamo.putItem(
              b ->
                  b.tableName(names.callsTable())
                      .item(Map.of("eventId", AttributeValue.fromS(eventId))));
          dynamo.updateItem(
              b ->
                  b.tableName(names.analyticsTable())
                      .key(
                          Map.of(
                              "counter",
                                  AttributeValue.fromS("day#" + LocalDate.now(ZoneOffset.UTC)),
                              "subject", AttributeValue.fromS("total")))
                      .updateExpression("ADD calls :one")
                      .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        }
      }
      return BatchResult.allProcessed();
    }

    private static JsonNode read(String json) {
      try {
        return JSON.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
