package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.local.emulators.DynamoDbLocal;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The local stack's DynamoDB endpoint in front of two DynamoDB Local instances, through the real
 * SDK client: each table is created in and served by its instance (the cache apart from the rest),
 * ListTables lists them all once, a transaction within an instance works, and one that names tables
 * of both is refused with a message, as no instance could serve it.
 */
class DynamoDbFrontIT {

  private static final String CACHE = "front-vanity-cache";

  private static DynamoDbLocal main;
  private static DynamoDbLocal apart;
  private static DynamoDbFront front;
  private static AwsClients throughFront;
  private static AwsClients toMain;
  private static AwsClients toApart;

  @BeforeAll
  static void start() {
    main = DynamoDbLocal.inMemory();
    apart = DynamoDbLocal.inMemory();
    front =
        DynamoDbFront.start(
            0, new TablePlacement<>(main.endpoint(), Map.of(CACHE, apart.endpoint())));
    throughFront = clients(front.endpoint());
    toMain = clients(main.endpoint());
    toApart = clients(apart.endpoint());
    DynamoDbClient dynamo = dynamo(front.endpoint());
    for (String table : new String[] {CACHE, "front-calls", "front-analytics"}) {
      dynamo.createTable(
          b ->
              b.tableName(table)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }
  }

  @AfterAll
  static void stop() {
    try (AwsClients frontClients = throughFront;
        AwsClients mainClients = toMain;
        AwsClients apartClients = toApart;
        DynamoDbFront frontClosing = front;
        DynamoDbLocal mainClosing = main;
        DynamoDbLocal apartClosing = apart) {
      // closed in reverse order
    }
  }

  @Test
  void eachTable_livesInItsInstance_andListTablesShowsThemAllOnce() {
    assertThat(dynamo(front.endpoint()).listTables().tableNames())
        .containsExactly("front-analytics", "front-calls", CACHE);
    assertThat(dynamo(apart.endpoint()).listTables().tableNames()).containsExactly(CACHE);
    assertThat(dynamo(main.endpoint()).listTables().tableNames())
        .containsExactly("front-analytics", "front-calls");
  }

  @Test
  void itemsWrittenThroughTheFront_areReadBack_fromEitherInstance() {
    DynamoDbClient dynamo = dynamo(front.endpoint());
    dynamo.putItem(b -> b.tableName(CACHE).item(Map.of("id", s("+18003569377"), "v", s("cached"))));
    dynamo.transactWriteItems(
        b ->
            b.transactItems(
                t -> t.put(p -> p.tableName("front-calls").item(Map.of("id", s("call-1")))),
                t -> t.put(p -> p.tableName("front-analytics").item(Map.of("id", s("day"))))));

    assertThat(dynamo.getItem(b -> b.tableName(CACHE).key(Map.of("id", s("+18003569377")))).item())
        .containsEntry("v", s("cached"));
    assertThat(
            dynamo.getItem(b -> b.tableName("front-calls").key(Map.of("id", s("call-1")))).item())
        .isNotEmpty();
    assertThat(
            dynamo(apart.endpoint())
                .getItem(b -> b.tableName(CACHE).key(Map.of("id", s("+18003569377"))))
                .item())
        .as("held by the cache's own instance")
        .isNotEmpty();
  }

  @Test
  void aTransactionNamingTablesOfBothInstances_isRefused_sayingWhy() {
    DynamoDbClient dynamo = dynamo(front.endpoint());

    assertThatThrownBy(
            () ->
                dynamo.transactWriteItems(
                    b ->
                        b.transactItems(
                            t -> t.put(p -> p.tableName(CACHE).item(Map.of("id", s("a")))),
                            t ->
                                t.put(p -> p.tableName("front-calls").item(Map.of("id", s("b")))))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("DynamoDB Local instance of its own");
  }

  private static AwsClients clients(URI endpoint) {
    return new AwsClients(Region.US_EAST_1, Optional.of(endpoint), Optional.empty());
  }

  private static DynamoDbClient dynamo(URI endpoint) {
    AwsClients clients =
        endpoint.equals(front.endpoint())
            ? throughFront
            : endpoint.equals(main.endpoint()) ? toMain : toApart;
    return clients.dynamoDb(CallBudget.inBackground());
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
