package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Puts records on a stream in calls of at most 500, retrying only the entries the stream refused
 * (throttled or failed), with doubling capped backoff and jitter; partition keys are kept as given.
 * Entries refused are sent again after the ones accepted in the same call: give it at most one
 * entry per partition key per call where the order within a key matters ({@link StreamReplay}
 * does).
 */
public final class StreamPublisher {

  /** The most records Kinesis takes in one PutRecords call. */
  public static final int MAX_ENTRIES = 500;

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(20);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
  private static final int MAX_ATTEMPTS = 10;

  /** A record to put: its partition key and data. */
  public record Entry(String partitionKey, SdkBytes data) {

    /** An entry whose data is the text's UTF-8 bytes (a call event's JSON). */
    public static Entry text(String partitionKey, String text) {
      return new Entry(partitionKey, SdkBytes.fromUtf8String(text));
    }
  }

  private final KinesisClient kinesis;
  private final String stream;
  private long retriedEntries;
  private final Map<String, Long> refusedByKind = new TreeMap<>();

  public StreamPublisher(KinesisClient kinesis, String stream) {
    this.kinesis = kinesis;
    this.stream = stream;
  }

  /**
   * Puts the entries (any number; split into calls of at most 500) and tells {@code accepted} of
   * each one the stream took, with the time it took it, in nanos of {@link System#nanoTime()}.
   *
   * @throws StreamRefusedException if entries were still refused after the last attempt
   */
  public void put(List<Entry> entries, BiConsumer<Entry, Long> accepted) {
    for (int from = 0; from < entries.size(); from += MAX_ENTRIES) {
      putAtMost500(entries.subList(from, Math.min(entries.size(), from + MAX_ENTRIES)), accepted);
    }
  }

  /** How many entries had to be sent again because the stream refused them the first time. */
  public long retriedEntries() {
    return retriedEntries;
  }

  /** The entries refused, by the stream's error code ({@code ProvisionedThroughputExceeded...}). */
  public Map<String, Long> refusedByKind() {
    return Map.copyOf(refusedByKind);
  }

  private void putAtMost500(List<Entry> chunk, BiConsumer<Entry, Long> accepted) {
    List<Entry> pending = chunk;
    for (int attempt = 1; ; attempt++) {
      List<Entry> sent = pending;
      PutRecordsResponse response =
          kinesis.putRecords(b -> b.streamName(stream).records(requestEntries(sent)));
      long acceptedAt = System.nanoTime();
      List<Entry> refused = new ArrayList<>();
      List<PutRecordsResultEntry> results = response.records();
      for (int i = 0; i < sent.size(); i++) {
        if (results.get(i).errorCode() == null) {
          accepted.accept(sent.get(i), acceptedAt);
        } else {
          refused.add(sent.get(i));
          refusedByKind.merge(results.get(i).errorCode(), 1L, Long::sum);
        }
      }
      if (refused.isEmpty()) {
        return;
      }
      if (attempt == MAX_ATTEMPTS) {
        throw new StreamRefusedException(
            refused.size() + " records refused by " + stream + " after " + attempt + " attempts");
      }
      retriedEntries += refused.size();
      pause(jittered(backoff(attempt)));
      pending = refused;
    }
  }

  static Duration backoff(int attempt) {
    long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
    return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
  }

  /**
   * Somewhere in the upper half of the backoff ("equal jitter"), so that producers throttled
   * together do not all come back at the same moment.
   */
  static Duration jittered(Duration backoff) {
    long half = backoff.toMillis() / 2;
    return Duration.ofMillis(
        half + ThreadLocalRandom.current().nextLong(backoff.toMillis() - half + 1));
  }

  private static List<PutRecordsRequestEntry> requestEntries(List<Entry> entries) {
    return entries.stream()
        .map(
            e ->
                PutRecordsRequestEntry.builder()
                    .partitionKey(e.partitionKey())
                    .data(e.data())
                    .build())
        .toList();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StreamRefusedException("interrupted while backing off", e);
    }
  }
}
