package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.core.live.LiveChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The live feed's two handlers on DynamoDB Local: pages connect and disconnect through the
 * connections table; a batch of the stream's new calls goes to every page in one message, masked,
 * and a page that is gone is forgotten.
 */
class LiveFeedIT {

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @Test
  void newCalls_goToEveryPage_masked_andPagesThatAreGone_areForgotten() throws Exception {
    String table = "connections-" + System.nanoTime();
    aws.dynamo()
        .createTable(
            b ->
                b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                        a -> a.attributeName("connectionId").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("connectionId").keyType(KeyType.HASH)));
    var connections = new DynamoDbLiveConnections(aws.dynamo(), table);
    var connecting = new LiveConnectionsHandler(connections, Clock.systemUTC());
    connecting.handleRequest(socketEvent("$connect", "page-a"), null);
    connecting.handleRequest(socketEvent("$connect", "page-b"), null);
    Map<String, String> posted = new ConcurrentHashMap<>();
    LiveChannel channel =
        (connectionId, message) -> {
          posted.put(connectionId, message);
          return !connectionId.equals("page-b");
        };

    StreamsEventResponse response =
        new LiveFeedHandler(connections, channel)
            .handleRequest(
                StreamRecords.streamOf(
                    List.of(
                        StreamRecords.newCall("c-1", Instant.parse("2026-11-22T13:45:00Z"), "1"),
                        StreamRecords.record(
                            "MODIFY",
                            StreamRecords.call("c-2", Instant.parse("2026-11-22T13:46:00Z")),
                            "2"))),
                null);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(posted).containsOnlyKeys("page-a", "page-b");
    JsonNode calls = new ObjectMapper().readTree(posted.get("page-a")).path("calls");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).path("id").asText()).isEqualTo("c-1");
    assertThat(calls.get(0).path("caller").asText()).isEqualTo("****9377");
    assertThat(calls.get(0).path("best").get(0).asText()).isEqualTo("1-800-FLOWERS");
    assertThat(posted.values()).noneMatch(message -> message.contains("+18003569377"));
    assertThat(Set.copyOf(connections.open())).containsExactly("page-a");

    connecting.handleRequest(socketEvent("$disconnect", "page-a"), null);
    assertThat(connections.open()).isEmpty();
  }

  private static APIGatewayV2WebSocketEvent socketEvent(String route, String connectionId) {
    var context = new APIGatewayV2WebSocketEvent.RequestContext();
    context.setRouteKey(route);
    context.setConnectionId(connectionId);
    var event = new APIGatewayV2WebSocketEvent();
    event.setRequestContext(context);
    return event;
  }
}
