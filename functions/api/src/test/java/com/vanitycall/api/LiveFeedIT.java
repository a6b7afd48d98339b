package com.vanitycall.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.aws.EmulatedAws;
import com.vanitycall.core.live.LiveChannel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The live feed's two handlers on DynamoDB Local: pages connect and disconnect through the
 * connections table; each new call of the stream goes to every page, masked, and a page that is
 * gone is forgotten.
 */
class LiveFeedIT {

  @RegisterExtension static final EmulatedAws aws = EmulatedAws.start();

  @Test
  void eachNewCall_goesToEveryPage_masked_andPagesThatAreGone_areForgotten() throws Exception {
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
    List<String> posted = new ArrayList<>();
    LiveChannel channel =
        (connectionId, message) -> {
          posted.add(connectionId + " " + message);
          return !connectionId.equals("page-b");
        };

    new LiveFeedHandler(connections, channel)
        .handleRequest(streamOf(record("INSERT", "c-1"), record("MODIFY", "c-2")), null);

    assertThat(posted).hasSize(2);
    JsonNode call =
        new ObjectMapper().readTree(posted.get(0).substring(posted.get(0).indexOf(' ') + 1));
    assertThat(call.path("id").asText()).isEqualTo("c-1");
    assertThat(call.path("caller").asText()).isEqualTo("****9377");
    assertThat(call.path("best").get(0).asText()).isEqualTo("1-800-FLOWERS");
    assertThat(posted).noneMatch(message -> message.contains("+18003569377"));
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

  private static DynamodbEvent.DynamodbStreamRecord record(String name, String eventId) {
    StreamRecord change = new StreamRecord();
    change.setNewImage(
        Map.of(
            "eventId", new AttributeValue().withS(eventId),
            "callerNumber", new AttributeValue().withS("+18003569377"),
            "callerStatus", new AttributeValue().withS("VALID"),
            "receivedAt", new AttributeValue().withS("2026-11-22T13:45:00.000Z"),
            "source", new AttributeValue().withS("QUICK"),
            "heard", new AttributeValue().withS("[]"),
            "vanities",
                new AttributeValue()
                    .withS(
                        "[{\"display\":\"1-800-FLOWERS\",\"words\":[\"FLOWERS\"],\"score\":970,"
                            + "\"letters\":\"FLOWERS\"}]"),
            "dictionaryVersion", new AttributeValue().withS("test"),
            "expiresAt", new AttributeValue().withN("1790000000")));
    var record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventName(name);
    record.setDynamodb(change);
    return record;
  }

  private static DynamodbEvent streamOf(DynamodbEvent.DynamodbStreamRecord... records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(records));
    return event;
  }
}
