package com.vanitycall.local.stack;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The stack's own SDK clients for the emulators (creating resources, the pipe, checkpoints), with
 * the emulators' dummy credentials and explicit timeouts.
 */
record LocalClients(DynamoDbClient dynamo, KinesisClient kinesis) implements AutoCloseable {

  static final StaticCredentialsProvider EMULATOR_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

  static LocalClients connect(URI dynamoEndpoint, URI kinesisEndpoint, Region region) {
    return new LocalClients(
        DynamoDbClient.builder()
            .endpointOverride(dynamoEndpoint)
            .region(region)
            .credentialsProvider(EMULATOR_CREDENTIALS)
            .httpClient(httpClient())
            .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(10)))
            .build(),
        KinesisClient.builder()
            .endpointOverride(kinesisEndpoint)
            .region(region)
            .credentialsProvider(EMULATOR_CREDENTIALS)
            .httpClient(httpClient())
            .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(10)))
            .build());
  }

  private static SdkHttpClient httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(Duration.ofSeconds(2))
        .socketTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Override
  public void close() {
    try (kinesis) {
      dynamo.close();
    }
  }
}
