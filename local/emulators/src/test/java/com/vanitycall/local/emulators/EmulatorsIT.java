package com.vanitycall.local.emulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

class EmulatorsIT {

  private static final StaticCredentialsProvider LOCAL =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

  @Test
  void dynamoDbLocal_fileBacked_keepsItsTablesAcrossARestart(@TempDir Path dataDir) {
    try (DynamoDbLocal first = DynamoDbLocal.fileBacked(dataDir);
        DynamoDbClient dynamo = dynamo(first.endpoint())) {
      dynamo.createTable(
          b ->
              b.tableName("calls")
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
      dynamo.putItem(b -> b.tableName("calls").item(java.util.Map.of("id", s("c-1"))));
    }
    try (DynamoDbLocal second = DynamoDbLocal.fileBacked(dataDir);
        DynamoDbClient dynamo = dynamo(second.endpoint())) {
      var item = dynamo.getItem(b -> b.tableName("calls").key(java.util.Map.of("id", s("c-1"))));
      assertThat(item.item()).containsEntry("id", s("c-1"));
    }
  }

  @Test
  void kinesisEmulator_servesOn_afterAClientAbortsARequestHalfway() throws Exception {
    try (KinesisEmulator emulator = KinesisEmulator.inMemory();
        KinesisClient kinesis = kinesis(emulator.endpoint())) {
      kinesis.createStream(b -> b.streamName("aborted").shardCount(1));
      // a PutRecord whose caller gives up after sending half its body, as a client past its budget
      try (Socket socket = new Socket(Loopback.HOST, emulator.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: Kinesis_20131202.PutRecord\r\n"
                    + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 400\r\n\r\n"
                    + "{\"StreamName\":\"aborted\",")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoLinger(true, 0);
      }

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(() -> assertThat(Files.readString(emulator.log())).contains("aborted"));
      assertThat(kinesis.listStreams().streamNames()).contains("aborted");
    }
  }

  @Test
  void kinesisEmulator_fileBacked_keepsRecordsAcrossARestart(@TempDir Path dataDir) {
    String sequenceNumber;
    try (KinesisEmulator first = KinesisEmulator.fileBacked(dataDir);
        KinesisClient kinesis = kinesis(first.endpoint())) {
      assertThat(first.endpoint().getHost()).isEqualTo("127.0.0.1");
      kinesis.createStream(b -> b.streamName("events").shardCount(1));
      sequenceNumber =
          kinesis
              .putRecord(
                  b ->
                      b.streamName("events")
                          .partitionKey("c-1")
                          .data(SdkBytes.fromUtf8String("{\"eventId\":\"c-1\"}")))
              .sequenceNumber();
    }
    try (KinesisEmulator second = KinesisEmulator.fileBacked(dataDir);
        KinesisClient kinesis = kinesis(second.endpoint())) {
      String shardId = kinesis.listShards(b -> b.streamName("events")).shards().get(0).shardId();
      String iterator =
          kinesis
              .getShardIterator(
                  b ->
                      b.streamName("events")
                          .shardId(shardId)
                          .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
              .shardIterator();
      var records = kinesis.getRecords(b -> b.shardIterator(iterator)).records();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).sequenceNumber()).isEqualTo(sequenceNumber);
      assertThat(records.get(0).data().asUtf8String()).isEqualTo("{\"eventId\":\"c-1\"}");
    }
  }

  @Test
  void kinesisEmulator_stopped_releasesItsPort() {
    int port;
    try (KinesisEmulator emulator = KinesisEmulator.inMemory()) {
      port = emulator.port();
      assertThat(Loopback.isListening(port)).isTrue();
    }
    assertThat(Loopback.isListening(port)).isFalse();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static DynamoDbClient dynamo(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(LOCAL)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static KinesisClient kinesis(URI endpoint) {
    return KinesisClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(LOCAL)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
