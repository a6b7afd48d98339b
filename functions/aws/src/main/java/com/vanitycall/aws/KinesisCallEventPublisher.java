package com.vanitycall.aws;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.CallEventPublisher;
import com.vanitycall.core.call.PublishFailedException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Puts each call event on the Kinesis stream as JSON, partitioned by its event id (Connect's
 * ContactId, random enough to spread evenly over the shards). How long it may take is the client's
 * {@link CallBudget}.
 */
public final class KinesisCallEventPublisher implements CallEventPublisher {

  private final KinesisClient kinesis;
  private final String stream;
  private final CallEventCodec codec = new CallEventCodec();

  public KinesisCallEventPublisher(KinesisClient kinesis, String stream) {
    this.kinesis = kinesis;
    this.stream = stream;
  }

  @Override
  public void publish(CallEvent event) {
    SdkBytes data = SdkBytes.fromUtf8String(codec.toJson(event));
    try {
      kinesis.putRecord(b -> b.streamName(stream).partitionKey(event.eventId()).data(data));
    } catch (SdkException e) {
      throw new PublishFailedException(
          "stream "
              + stream
              + " did not take the event: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
