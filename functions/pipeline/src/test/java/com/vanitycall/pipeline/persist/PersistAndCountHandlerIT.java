package com.vanitycall.pipeline.persist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.phone.CallerStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PersistAndCount task as the state machine invokes it: the Map's results in, failures out. */
class PersistAndCountHandlerIT {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @Test
  void theMapsResults_arePersisted_reportedOrDeadLettered_eachAsItsKindWants() throws IOException {
    ResourceNames names = aws.freshResources("persist");
    PersistAndCountHandler handler =
        new PersistAndCountHandler(
            aws.dynamo(),
            PersistAndCountConfig.fromEnvironment(aws.environment(names)),
            Clock.systemUTC());
    CallEvent withheld =
        CallEvent.fallback("p-1", CallerStatus.WITHHELD, Instant.parse("2026-11-22T12:00:00Z"), 40);
    String input =
        """
        {"records": [
          {"eventID": "shardId-0:41", "sequenceNumber": "41", "scored": {"event": %s, "vanities": "[]", "dictionaryVersion": "v"}},
          {"itemIdentifier": "shardId-0:42"},
          {},
          {"eventID": "shardId-0:44", "sequenceNumber": "44", "scored": {"event": "not an event", "vanities": "[]"}}
        ]}"""
            .formatted(JSON.writeValueAsString(new CallEventCodec().toJson(withheld)));

    JsonNode output = invoke(handler, input);

    assertThat(output.path("batchItemFailures").findValuesAsText("itemIdentifier"))
        .containsExactly("shardId-0:42");
    assertThat(aws.dynamo().scan(b -> b.tableName(names.callsTable())).items())
        .extracting(item -> item.get("eventId").s())
        .containsExactly("p-1");
    List<StoredDeadLetter> letters =
        new DynamoDbDeadLetters(
                aws.dynamo(), names.deadLettersTable(), Duration.ofDays(1), Clock.systemUTC())
            .list(10);
    assertThat(letters).extracting(StoredDeadLetter::id).containsExactly("pipeline-44");
    assertThat(letters.get(0).letter().reason())
        .startsWith("PersistAndCount could not read the scored call");
    assertThat(letters.get(0).letter().payload()).isEqualTo("not an event");
  }

  private static JsonNode invoke(PersistAndCountHandler handler, String input) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output, null);
    return JSON.readTree(output.toByteArray());
  }
}
