package com.vanitycall.loadtest;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * A running pipeline the harness publishes into and reads back from: its stream, the tables it
 * persists and counts calls in, and how to stop it. Started for one run by a {@link Launcher} (the
 * command line composes a local stack) and stopped by the harness.
 */
public record PipelineUnderLoad(
    KinesisClient kinesis,
    String callEventsStream,
    DynamoDbClient dynamoDb,
    String callsTable,
    String analyticsTable,
    Runnable stop)
    implements AutoCloseable {

  @Override
  public void close() {
    stop.run();
  }

  /** Starts a fresh pipeline reading a stream of {@code shards} shards, reporting to a listener. */
  @FunctionalInterface
  public interface Launcher {
    PipelineUnderLoad start(int shards, PipelineListener listener);
  }
}
