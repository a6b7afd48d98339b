package com.vanitycall.aws.lake;

import com.vanitycall.core.lake.HistoryLake;
import com.vanitycall.core.lake.LakeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponseEntry;
import software.amazon.awssdk.services.firehose.model.Record;

/**
 * The {@link HistoryLake} behind a Firehose delivery stream: {@code PutRecordBatch} of at most
 * {@value #MAX_RECORDS} JSON lines ({@link LakeRecordJson}), retrying only the entries Firehose
 * failed, with jittered back-off, a few times; what is still refused is handed back for the pipe to
 * retry. On AWS the stream converts them to Parquet by day (docs/analytics.md); on the local stack
 * the same client reaches the local lake's Firehose endpoint.
 */
public final class FirehoseHistoryLake implements HistoryLake {

  private static final Logger LOG = LogManager.getLogger(FirehoseHistoryLake.class);

  /** PutRecordBatch takes at most 500 records (and 4 MiB; a batch of ours is far below it). */
  static final int MAX_RECORDS = 500;

  static final int MAX_ATTEMPTS = 4;

  private final FirehoseClient firehose;
  private final String deliveryStream;

  public FirehoseHistoryLake(FirehoseClient firehose, String deliveryStream) {
    this.firehose = firehose;
    this.deliveryStream = deliveryStream;
  }

  @Override
  public List<String> deliver(List<LakeRecord> records) {
    List<String> undelivered = new ArrayList<>();
    for (int start = 0; start < records.size(); start += MAX_RECORDS) {
      undelivered.addAll(
          deliverBatch(records.subList(start, Math.min(records.size(), start + MAX_RECORDS))));
    }
    return undelivered;
  }

  private List<String> deliverBatch(List<LakeRecord> batch) {
    List<LakeRecord> pending = batch;
    String lastError = "";
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        List<Record> entries =
            pending.stream()
                .map(r -> Record.builder().data(SdkBytes.fromByteArray(LakeRecordJson.line(r))))
                .map(Record.Builder::build)
                .toList();
        PutRecordBatchResponse response =
            firehose.putRecordBatch(b -> b.deliveryStreamName(deliveryStream).records(entries));
        if (response.failedPutCount() == null || response.failedPutCount() == 0) {
          return List.of();
        }
        List<LakeRecord> refused = new ArrayList<>();
        List<PutRecordBatchResponseEntry> answers = response.requestResponses();
        for (int i = 0; i < pending.size(); i++) {
          PutRecordBatchResponseEntry answer = i < answers.size() ? answers.get(i) : null;
          if (answer == null || answer.errorCode() != null) {
            refused.add(pending.get(i));
            lastError = answer == null ? "no answer" : answer.errorCode();
          }
        }
        pending = refused;
      } catch (SdkException e) {
        lastError = e.getMessage();
      }
      pause(attempt);
    }
    LOG.warn(
        "{} lake records not delivered to {} after {} attempts, reported for retry: {}",
        pending.size(),
        deliveryStream,
        MAX_ATTEMPTS,
        lastError);
    return pending.stream().map(LakeRecord::eventId).toList();
  }

  /** Full jitter: anywhere up to 100 ms, doubling per attempt. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 100L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering to the lake", e);
    }
  }
}
