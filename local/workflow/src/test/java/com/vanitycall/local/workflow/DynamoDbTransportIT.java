package com.vanitycall.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.local.emulators.DynamoDbLocal;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two ways the local workflow reaches DynamoDB Local — its HTTP endpoint, and its request
 * handler in this process — answer alike: the same tables, the same results, the same errors.
 */
class DynamoDbTransportIT {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DynamoDbLocal dynamoDbLocal;

  @BeforeAll
  static void start() {
    dynamoDbLocal = DynamoDbLocal.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamoDbLocal.close();
  }

  static List<String> transports() {
    return List.of("http", "in-process");
  }

  @ParameterizedTest
  @MethodSource("transports")
  void whatOneTransportWrites_theOtherReads(String name) throws Exception {
    String table = newTable();
    DynamoDbTransport transport = transport(name);

    transport.send(
        "PutItem",
        json(
            """
            {"TableName": "%s", "Item": {"id": {"S": "a"}, "n": {"N": "1"}}}"""
                .formatted(table)));
    transport.send(
        "UpdateItem",
        json(
            """
            {"TableName": "%s", "Key": {"id": {"S": "a"}}, "UpdateExpression": "ADD n :one",
             "ExpressionAttributeValues": {":one": {"N": "2"}}}"""
                .formatted(table)));

    JsonNode read =
        other(name)
            .send(
                "GetItem",
                json(
                    """
                    {"TableName": "%s", "Key": {"id": {"S": "a"}}, "ConsistentRead": true}"""
                        .formatted(table)));
    assertThat(read.at("/Item/n/N").asText()).isEqualTo("3");
  }

  @ParameterizedTest
  @MethodSource("transports")
  void aFailedCondition_isRefusedWithDynamoDbsExceptionName(String name) throws Exception {
    String table = newTable();
    DynamoDbTransport transport = transport(name);
    JsonNode put =
        json(
            """
            {"TableName": "%s", "Item": {"id": {"S": "a"}},
             "ConditionExpression": "attribute_not_exists(id)"}"""
                .formatted(table));
    transport.send("PutItem", put);

    assertThatThrownBy(() -> transport.send("PutItem", put))
        .isInstanceOfSatisfying(
            DynamoDbRefusedException.class,
            refused -> {
              assertThat(refused.exception()).isEqualTo("ConditionalCheckFailedException");
              assertThat(refused.statusCode()).isEqualTo(400);
            });
  }

  @ParameterizedTest
  @MethodSource("transports")
  void aCancelledTransaction_namesItsReasons(String name) throws Exception {
    String table = newTable();
    DynamoDbTransport transport = transport(name);
    JsonNode transaction =
        json(
            """
            {"TransactItems": [
              {"Put": {"TableName": "%1$s", "Item": {"id": {"S": "marker"}},
                       "ConditionExpression": "attribute_not_exists(id)"}},
              {"Update": {"TableName": "%1$s", "Key": {"id": {"S": "counter"}},
                          "UpdateExpression": "ADD n :one",
                          "ExpressionAttributeValues": {":one": {"N": "1"}}}}]}"""
                .formatted(table));
    transport.send("TransactWriteItems", transaction);

    assertThatThrownBy(() -> transport.send("TransactWriteItems", transaction))
        .isInstanceOfSatisfying(
            DynamoDbRefusedException.class,
            refused -> {
              assertThat(refused.exception()).isEqualTo("TransactionCanceledException");
              assertThat(refused.getMessage()).contains("ConditionalCheckFailed");
            });
  }

  private static String newTable() throws Exception {
    String table = "transport" + TABLES.incrementAndGet();
    transport("http")
        .send(
            "CreateTable",
            json(
                """
                {"TableName": "%s", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}"""
                    .formatted(table)));
    return table;
  }

  private static DynamoDbTransport other(String name) {
    return transport(name.equals("http") ? "in-process" : "http");
  }

  private static DynamoDbTransport transport(String name) {
    return name.equals("http")
        ? new HttpDynamoDb(dynamoDbLocal.endpoint(), "local", "us-east-1")
        : new InProcessDynamoDb(dynamoDbLocal.requestHandler(), "local", "us-east-1");
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
