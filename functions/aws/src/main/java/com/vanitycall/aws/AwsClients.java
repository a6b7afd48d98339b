package com.vanitycall.aws;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one place that builds SDK clients: the region, a lightweight HTTP client (URLConnection: no
 * thread pools to start, the smallest cold start), an endpoint override per service for the local
 * stack, and a {@link CallBudget} per use. Credentials come from the default chain on AWS; static
 * dummy credentials are used only where an endpoint override points at an emulator.
 *
 * <p>Build one per process. Closing it closes every client it built and the HTTP client they share.
 */
public final class AwsClients implements AutoCloseable {

  private static final AwsCredentialsProvider EMULATOR_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

  private final Region region;
  private final Optional<URI> dynamoDbEndpoint;
  private final Optional<URI> kinesisEndpoint;
  private final AwsCredentialsProvider awsCredentials;
  private final SdkHttpClient http;
  private final List<SdkAutoCloseable> built = new CopyOnWriteArrayList<>();

  /**
   * @param dynamoDbEndpoint DynamoDB's endpoint override ({@code AWS_ENDPOINT_URL_DYNAMODB}), empty
   *     on AWS
   * @param kinesisEndpoint Kinesis's endpoint override ({@code AWS_ENDPOINT_URL_KINESIS}), empty on
   *     AWS
   */
  public AwsClients(Region region, Optional<URI> dynamoDbEndpoint, Optional<URI> kinesisEndpoint) {
    this(region, dynamoDbEndpoint, kinesisEndpoint, DefaultCredentialsProvider.builder().build());
  }

  private AwsClients(
      Region region,
      Optional<URI> dynamoDbEndpoint,
      Optional<URI> kinesisEndpoint,
      AwsCredentialsProvider awsCredentials) {
    this.region = Objects.requireNonNull(region, "region");
    this.dynamoDbEndpoint = Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    this.kinesisEndpoint = Objects.requireNonNull(kinesisEndpoint, "kinesisEndpoint");
    this.awsCredentials = awsCredentials;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Clients that sign nothing: for exercising the request path before a SnapStart snapshot without
   * resolving, and so capturing, any credentials. Calls to AWS through them are refused.
   */
  public static AwsClients withoutCredentials(
      Region region, Optional<URI> dynamoDbEndpoint, Optional<URI> kinesisEndpoint) {
    return new AwsClients(
        region, dynamoDbEndpoint, kinesisEndpoint, AnonymousCredentialsProvider.create());
  }

  public DynamoDbClient dynamoDb(CallBudget budget) {
    return client(DynamoDbClient.builder(), dynamoDbEndpoint, budget);
  }

  public KinesisClient kinesis(CallBudget budget) {
    return client(KinesisClient.builder(), kinesisEndpoint, budget);
  }

  /**
   * Any other service's client, built like the others (region, the shared HTTP client, the budget,
   * credentials): {@code builder} is the service's (e.g. {@code SecretsManagerClient.builder()}),
   * {@code endpoint} its override on the local stack. This module need not depend on the service.
   */
  public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C extends SdkAutoCloseable>
      C client(B builder, Optional<URI> endpoint, CallBudget budget) {
    configure(builder, endpoint, budget);
    return remember(builder.build());
  }

  private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> void configure(
      B builder, Optional<URI> endpoint, CallBudget budget) {
    builder
        .region(region)
        .httpClient(http)
        .overrideConfiguration(
            c ->
                c.apiCallTimeout(budget.callTimeout())
                    .apiCallAttemptTimeout(budget.attemptTimeout())
                    .retryStrategy(retriesWithin(budget)));
    endpoint.ifPresentOrElse(
        uri -> builder.endpointOverride(uri).credentialsProvider(emulatorOr(awsCredentials)),
        () -> builder.credentialsProvider(awsCredentials));
  }

  private static RetryStrategy retriesWithin(CallBudget budget) {
    BackoffStrategy backoff =
        BackoffStrategy.exponentialDelay(budget.maxBackoff().dividedBy(8), budget.maxBackoff());
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(budget.maxAttempts())
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(backoff)
        .build();
  }

  private static AwsCredentialsProvider emulatorOr(AwsCredentialsProvider chosen) {
    return chosen instanceof AnonymousCredentialsProvider ? chosen : EMULATOR_CREDENTIALS;
  }

  private <C extends SdkAutoCloseable> C remember(C client) {
    built.add(client);
    return client;
  }

  @Override
  public void close() {
    built.forEach(SdkAutoCloseable::close);
    http.close();
  }
}
