package com.vanitycall.local.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.local.emulators.DynamoDbLocal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The local stand-in for Lambda's event source mapping, on DynamoDB Local's stream: every new item
 * handed on once, in order, from the moment it starts — including the first item of an empty table,
 * where DynamoDB Local refuses the LATEST iterator it gave as "trimmed".
 */
class CallsStreamFeedIT {

  private static DynamoDbLocal dynamoLocal;
  private static AwsClients clients;
  private static DynamoDbClient dynamo;
  private static DynamoDbStreamsClient streams;

  @BeforeAll
  static void start() {
    dynamoLocal = DynamoDbLocal.inMemory();
    clients =
        new AwsClients(Region.US_EAST_1, Optional.of(dynamoLocal.endpoint()), Optional.empty());
    dynamo = clients.dynamoDb(CallBudget.inBackground());
    streams =
        clients.client(
            DynamoDbStreamsClient.builder(),
            Optional.of(dynamoLocal.endpoint()),
            CallBudget.inBackground());
  }

  @AfterAll
  static void stop() {
    clients.close();
    dynamoLocal.close();
  }

  @Test
  void eachNewItem_isHandedOnOnce_inOrder_fromTheFirstItemOfAnEmptyTable() {
    String table = "calls-" + System.nanoTime();
    String streamArn = tableWithStream(table);
    putCall(table, "before-start");
    List<String> handed = new CopyOnWriteArrayList<>();

    try (CallsStreamFeed feed = CallsStreamFeed.start(streams, streamArn, recording(handed))) {
      List<String> written = IntStream.range(0, 12).mapToObj(i -> "call-" + i).toList();
      for (String id : written) {
        putCall(table, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> handed.contains(id));
      }
      putCall(table, "last");
      await().atMost(Duration.ofSeconds(10)).until(() -> handed.contains("last"));

      List<String> expected = new ArrayList<>(written);
      expected.add("last");
      assertThat(handed).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aTableThatWasEmpty_whenTheFeedStarted_losesNotItsFirstCall() {
    String table = "calls-" + System.nanoTime();
    String streamArn = tableWithStream(table);
    List<String> handed = new CopyOnWriteArrayList<>();

    try (CallsStreamFeed feed = CallsStreamFeed.start(streams, streamArn, recording(handed))) {
      putCall(table, "first");
      await().atMost(Duration.ofSeconds(10)).until(() -> !handed.isEmpty());
      putCall(table, "second");
      await().atMost(Duration.ofSeconds(10)).until(() -> handed.contains("second"));

      assertThat(handed).containsExactly("first", "second");
    }
  }

  private static RequestHandler<DynamodbEvent, StreamsEventResponse> recording(
      List<String> handed) {
    return (event, context) -> {
      event.getRecords().stream()
          .map(r -> r.getDynamodb().getNewImage().get("id").getS())
          .filter(id -> !id.endsWith("-b"))
          .forEach(handed::add);
      return new StreamsEventResponse(List.of());
    };
  }

  private static String tableWithStream(String table) {
    dynamo.createTable(
        b ->
            b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(
                    s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    return dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
  }

  private static void putCall(String table, String id) {
    dynamo.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id))));
  }
}
