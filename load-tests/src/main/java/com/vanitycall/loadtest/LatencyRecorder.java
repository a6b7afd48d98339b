package com.vanitycall.loadtest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * Measures, per event, the time from the stream accepting it to the pipe finishing the batch that
 * held it (the workflow returns only after the call record is persisted, so this is an upper bound
 * of "published → persisted"). Keyed by partition key, which is the event id. It counts only the
 * events it was told to {@link #expect}, so that several recorders can listen to one pipe.
 */
final class LatencyRecorder implements PipelineListener {

  private static final long HIGHEST_TRACKABLE_MICROS = 10 * 60 * 1_000_000L;

  private final Set<String> expected = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> publishedAtNanos = new ConcurrentHashMap<>();
  private final Map<String, Boolean> done = new ConcurrentHashMap<>();
  private final Histogram latencyMicros = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
  private final AtomicLong firstPublishedNanos = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastDoneNanos = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong redelivered = new AtomicLong();
  private final CompletionTimeline timeline = new CompletionTimeline();

  /** Per second from the first {@link #expect}: the report's series and distribution. */
  private volatile LoadRecorder perSecond;

  /** The events this recorder measures, before they are published. */
  synchronized void expect(Collection<String> eventIds) {
    expected.addAll(eventIds);
    if (perSecond == null) {
      perSecond = new LoadRecorder("pipeline", "events persisted");
    }
  }

  void published(String eventId, long atNanos) {
    publishedAtNanos.put(eventId, atNanos);
    firstPublishedNanos.accumulateAndGet(atNanos, Math::min);
  }

  @Override
  public void batchDone(
      String shardId, List<Record> processed, List<Record> deadLetteredRecords, Instant doneAt) {
    List<Record> mine = processed.stream().filter(this::expected).toList();
    long mineDeadLettered = deadLetteredRecords.stream().filter(this::expected).count();
    if (mine.isEmpty() && mineDeadLettered == 0) {
      return;
    }
    long now = System.nanoTime();
    int firstDone = 0;
    for (Record record : mine) {
      Long publishedAt = publishedAtNanos.get(record.partitionKey());
      if (done.putIfAbsent(record.partitionKey(), Boolean.TRUE) != null) {
        redelivered.incrementAndGet();
      } else {
        firstDone++;
        if (publishedAt != null) {
          long micros = Math.max(0, (now - publishedAt) / 1_000);
          synchronized (latencyMicros) {
            latencyMicros.recordValue(micros);
          }
          perSecond.done(now, micros);
        }
      }
    }
    timeline.done(now, firstDone);
    deadLettered.addAndGet(mineDeadLettered);
    lastDoneNanos.accumulateAndGet(now, Math::max);
  }

  private boolean expected(Record record) {
    return expected.contains(record.partitionKey());
  }

  int doneCount() {
    return done.size();
  }

  long deadLettered() {
    return deadLettered.get();
  }

  long redelivered() {
    return redelivered.get();
  }

  /** From the first event accepted by the stream to the last batch done. */
  double elapsedSeconds() {
    return (lastDoneNanos.get() - firstPublishedNanos.get()) / 1e9;
  }

  /** Events per second over the second half of the events, the JVM warm (see the timeline). */
  double secondHalfRate() {
    return timeline.secondHalfRate();
  }

  /** Entries the stream refused once and took on a retry, for the report. */
  void retried(long entries) {
    perSecond().retried(entries);
  }

  /** The events done, per second from the first expected, as a load report (published → done). */
  LoadReport report() {
    return perSecond().report();
  }

  private LoadRecorder perSecond() {
    if (perSecond == null) {
      expect(List.of());
    }
    return perSecond;
  }

  Histogram latencyMicros() {
    synchronized (latencyMicros) {
      return latencyMicros.copy();
    }
  }
}
