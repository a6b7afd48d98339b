package com.vanitycall.aws;

import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.KinesisEmulator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * DynamoDB Local and kinesalite for one test class, with patient clients to set up and inspect, and
 * a fresh stream and tables per test. Registered as {@code @RegisterExtension static final
 * EmulatedAws aws = EmulatedAws.start();}: the emulators start with the class and stop after its
 * last test, pass or fail. Shared with other modules' integration tests through this module's test
 * jar.
 */
public final class EmulatedAws implements AfterAllCallback, AutoCloseable {

  /**
   * Setting up and inspecting is not what a test measures: an attempt may take as long as a loaded
   * machine needs (a table's creation has taken over 3 s at a load average of 14, past the
   * pipeline's own 3 s attempts).
   */
  private static final CallBudget SETTING_UP =
      new CallBudget(Duration.ofSeconds(90), Duration.ofSeconds(30), 3, Duration.ofSeconds(1));

  private final DynamoDbLocal dynamoLocal;
  private final KinesisEmulator kinesisEmulator;
  private final AwsClients clients;
  private final DynamoDbClient dynamo;
  private final KinesisClient kinesis;
  private final AtomicInteger stacks = new AtomicInteger();

  private EmulatedAws(DynamoDbLocal dynamoLocal, KinesisEmulator kinesisEmulator) {
    this.dynamoLocal = dynamoLocal;
    this.kinesisEmulator = kinesisEmulator;
    this.clients =
        new AwsClients(
            Region.US_EAST_1,
            Optional.of(dynamoLocal.endpoint()),
            Optional.of(kinesisEmulator.endpoint()));
    this.dynamo = clients.dynamoDb(SETTING_UP);
    this.kinesis = clients.kinesis(SETTING_UP);
  }

  public static EmulatedAws start() {
    return new EmulatedAws(DynamoDbLocal.inMemory(), KinesisEmulator.inMemory());
  }

  public DynamoDbClient dynamo() {
    return dynamo;
  }

  public KinesisClient kinesis() {
    return kinesis;
  }

  /** A stream (one shard) and tables of their own, so that no test sees another's data. */
  public ResourceNames freshResources(String prefix) {
    ResourceNames names = ResourceNames.prefixed(prefix + "-" + stacks.incrementAndGet());
    new LocalResources(dynamo, kinesis).createAll(names, 1);
    return names;
  }

  /** The environment a handler on these emulators is configured from, as on the local stack. */
  public Map<String, String> environment(ResourceNames names) {
    Map<String, String> env = new HashMap<>(names.asEnvironment());
    env.put(SharedVariables.AWS_REGION, Region.US_EAST_1.id());
    env.put(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB, dynamoLocal.endpoint().toString());
    env.put(SharedVariables.AWS_ENDPOINT_URL_KINESIS, kinesisEmulator.endpoint().toString());
    return env;
  }

  /** Every record on a one-shard stream, oldest first. */
  public List<Record> records(String stream) {
    String shardId = kinesis.listShards(b -> b.streamName(stream)).shards().get(0).shardId();
    String iterator =
        kinesis
            .getShardIterator(
                b ->
                    b.streamName(stream)
                        .shardId(shardId)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
    return kinesis.getRecords(b -> b.shardIterator(iterator)).records();
  }

  /**
   * After the class that registered it: a {@code @Nested} class inherits it, and leaves it open.
   */
  @Override
  public void afterAll(ExtensionContext context) {
    if (!context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
      close();
    }
  }

  @Override
  public void close() {
    clients.close();
    kinesisEmulator.close();
    dynamoLocal.close();
  }
}
