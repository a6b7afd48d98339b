package com.vanitycall.local.web;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What Lambda's event source mapping does on AWS, on DynamoDB Local: reads the calls table's stream
 * from now on and hands each batch of records, as a {@link DynamodbEvent}, to a handler (the live
 * feed's), each record once. Stops with {@link #close()}.
 */
final class CallsStreamFeed implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(CallsStreamFeed.class);
  private static final Duration IDLE_PAUSE = Duration.ofMillis(100);

  private final DynamoDbStreamsClient streams;
  private final String streamArn;
  private final RequestHandler<DynamodbEvent, StreamsEventResponse> feed;
  private final Map<String, String> iterators = new HashMap<>();
  private final Map<String, String> lastRead = new HashMap<>();
  private final Thread poller;
  private volatile boolean running = true;

  private CallsStreamFeed(
      DynamoDbStreamsClient streams,
      String streamArn,
      RequestHandler<DynamodbEvent, StreamsEventResponse> feed) {
    this.streams = streams;
    this.streamArn = streamArn;
    this.feed = feed;
    this.poller = new Thread(this::poll, "vanitycall-calls-stream");
    this.poller.setDaemon(true);
  }

  static CallsStreamFeed start(
      DynamoDbStreamsClient streams,
      String streamArn,
      RequestHandler<DynamodbEvent, StreamsEventResponse> feed) {
    CallsStreamFeed reader = new CallsStreamFeed(streams, streamArn, feed);
    reader.openShards(ShardIteratorType.LATEST);
    reader.poller.start();
    return reader;
  }

  private void poll() {
    while (running) {
      try {
        if (readOnce() == 0) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_PAUSE.toMillis()));
        }
      } catch (TrimmedDataAccessException e) {
        // DynamoDB Local refuses a LATEST iterator taken on a then empty shard once its first
        // record
        // arrives (aws/aws-sdk-java#2923): nothing was missed, read on after the last record read
        LOG.debug("a shard iterator was refused as trimmed; reopening the shards");
        iterators.clear();
      } catch (RuntimeException e) {
        if (running) {
          LOG.warn("the calls stream could not be read, reopening it: {}", e.getMessage());
          iterators.clear();
          LockSupport.parkNanos(IDLE_PAUSE.toNanos());
        }
      }
    }
  }

  /** Reads every shard once; returns how many records it handed on. */
  private int readOnce() {
    int records = 0;
    boolean shardEnded = false;
    for (Map.Entry<String, String> shard : List.copyOf(iterators.entrySet())) {
      var response = streams.getRecords(b -> b.shardIterator(shard.getValue()));
      if (!response.records().isEmpty()) {
        StreamsEventResponse handled = feed.handleRequest(event(response.records()), null);
        if (!handled.getBatchItemFailures().isEmpty()) {
          // Lambda would retry them (twice, within two minutes): the local reader moves on, the
          // calls are in the table and the pages' polling shows them
          LOG.warn(
              "the live feed could not tell the pages of {} records of shard {}",
              handled.getBatchItemFailures().size(),
              shard.getKey());
        }
        records += response.records().size();
        lastRead.put(
            shard.getKey(),
            response.records().get(response.records().size() - 1).dynamodb().sequenceNumber());
      }
      if (response.nextShardIterator() == null) {
        iterators.remove(shard.getKey());
        shardEnded = true;
      } else {
        iterators.put(shard.getKey(), response.nextShardIterator());
      }
    }
    if (shardEnded || iterators.isEmpty()) {
      openShards(ShardIteratorType.TRIM_HORIZON);
    }
    return records;
  }

  /**
   * Starts reading the open shards that have no iterator: after the last record read from them, or
   * {@code unread} for a shard nothing was read from yet (LATEST at the start, TRIM_HORIZON for a
   * shard that appears later).
   */
  private void openShards(ShardIteratorType unread) {
    for (Shard shard :
        streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
      boolean open = shard.sequenceNumberRange().endingSequenceNumber() == null;
      if (open && !iterators.containsKey(shard.shardId())) {
        String last = lastRead.get(shard.shardId());
        iterators.put(
            shard.shardId(),
            streams
                .getShardIterator(
                    b -> {
                      b.streamArn(streamArn).shardId(shard.shardId());
                      if (last == null) {
                        b.shardIteratorType(unread);
                      } else {
                        b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                            .sequenceNumber(last);
                      }
                    })
                .shardIterator());
      }
    }
  }

  private static DynamodbEvent event(List<Record> records) {
    List<DynamodbEvent.DynamodbStreamRecord> converted = new ArrayList<>();
    for (Record record : records) {
      StreamRecord change = new StreamRecord();
      if (record.dynamodb().hasNewImage()) {
        Map<String, AttributeValue> image = new HashMap<>();
        record
            .dynamodb()
            .newImage()
            .forEach(
                (name, value) -> {
                  if (value.s() != null) {
                    image.put(name, new AttributeValue().withS(value.s()));
                  } else if (value.n() != null) {
                    image.put(name, new AttributeValue().withN(value.n()));
                  } else if (value.bool() != null) {
                    image.put(name, new AttributeValue().withBOOL(value.bool()));
                  }
                });
        change.setNewImage(image);
      }
      change.setSequenceNumber(record.dynamodb().sequenceNumber());
      DynamodbEvent.DynamodbStreamRecord streamRecord = new DynamodbEvent.DynamodbStreamRecord();
      streamRecord.setEventName(record.eventNameAsString());
      streamRecord.setEventSource("aws:dynamodb");
      streamRecord.setDynamodb(change);
      converted.add(streamRecord);
    }
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(converted);
    return event;
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    try {
      poller.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
