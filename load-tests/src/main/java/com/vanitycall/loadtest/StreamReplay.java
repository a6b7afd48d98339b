package com.vanitycall.loadtest;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

/**
 * Replays recorded stream records into a stream, at N× their recorded pace, in the shape of
 * aws-samples/amazon-kinesis-replay: a reader fills a bounded buffer (it waits when the buffer is
 * full: back-pressure), the sender takes the records that are due and puts them in PutRecords of at
 * most 500, and only the entries the stream refused are sent again, with capped backoff and jitter
 * ({@link StreamPublisher}); a statistics line every few seconds.
 *
 * <p>What it adds: partition keys are kept, and so is the order within a key (one entry per key per
 * PutRecords, and the next call only once the previous one is wholly accepted); each record is due
 * at its recorded offset from the first, divided by the speed, and its latency is measured from
 * that due time to the stream accepting it, so a replay that falls behind shows it as latency
 * (coordinated omission) and as "behind schedule" in the statistics.
 */
public final class StreamReplay {

  /** The most data one PutRecords may carry. */
  private static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;

  /** How many records the sender keeps at hand: enough for a few full PutRecords. */
  private static final int PENDING_TARGET = 4 * StreamPublisher.MAX_ENTRIES;

  private static final Scheduled END = new Scheduled(null, Long.MAX_VALUE);

  private final KinesisClient kinesis;
  private final ReplayOptions options;

  /** A record and when it is due, in nanos of {@link System#nanoTime()}. */
  private record Scheduled(CapturedRecord record, long dueNanos) {}

  public StreamReplay(KinesisClient kinesis, ReplayOptions options) {
    this.kinesis = kinesis;
    this.options = options;
  }

  public ReplayOptions options() {
    return options;
  }

  /**
   * Replays the records (in file order; a record recorded earlier than its predecessor is due at
   * once) and returns when the stream has accepted every one.
   *
   * @throws StreamRefusedException if the stream kept refusing an entry
   * @throws MalformedCaptureException if the records' source has a bad line
   */
  public LoadReport run(Stream<CapturedRecord> records, PrintWriter progress) {
    // before the clock starts: a missing stream fails here, with its name, and the client's first
    // call (its set-up, the connection) is not counted as the replay falling behind
    try {
      kinesis.describeStreamSummary(b -> b.streamName(options.stream()));
    } catch (ResourceNotFoundException e) {
      throw new StreamRefusedException("there is no stream " + options.stream(), e);
    }
    LoadRecorder recorder = new LoadRecorder("records put");
    StreamPublisher publisher = new StreamPublisher(kinesis, options.stream());
    BlockingQueue<Scheduled> buffer = new ArrayBlockingQueue<>(options.bufferCapacity());
    AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
    long startNanos = System.nanoTime();
    Thread reader =
        new Thread(
            () -> read(records.iterator(), startNanos, buffer, readFailure), "replay-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      send(buffer, publisher, recorder, progress);
    } finally {
      reader.interrupt();
      joinQuietly(reader);
    }
    if (readFailure.get() != null) {
      throw readFailure.get();
    }
    recorder.retried(publisher.retriedEntries());
    publisher.refusedByKind().forEach((kind, n) -> recorder.errors(kind + " (retried)", n));
    return recorder.report();
  }

  private void read(
      Iterator<CapturedRecord> records,
      long startNanos,
      BlockingQueue<Scheduled> buffer,
      AtomicReference<RuntimeException> failure) {
    boolean seeking = !options.seek().isZero();
    try {
      Instant origin = null;
      while (records.hasNext()) {
        CapturedRecord record = records.next();
        if (origin == null) {
          origin = record.arrivedAt().plus(options.seek());
        }
        if (seeking && record.arrivedAt().isBefore(origin)) {
          continue;
        }
        Duration offset = Duration.between(origin, record.arrivedAt());
        long dueNanos = startNanos + (long) (Math.max(0, offset.toNanos()) / options.speed());
        buffer.put(new Scheduled(record, dueNanos));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      failure.set(e);
    }
    try {
      buffer.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(
      BlockingQueue<Scheduled> buffer,
      StreamPublisher publisher,
      LoadRecorder recorder,
      PrintWriter progress) {
    Deque<Scheduled> pending = new ArrayDeque<>();
    Statistics statistics = new Statistics(recorder, publisher, progress);
    boolean ended = false;
    while (!ended || !pending.isEmpty()) {
      ended |= fill(buffer, pending);
      long now = System.nanoTime();
      statistics.maybePrint(now, pending, buffer.size());
      if (pending.isEmpty()) {
        ended |= awaitNext(buffer, pending);
        continue;
      }
      List<Scheduled> batch = dueBatch(pending, now);
      if (batch.isEmpty()) {
        LockSupport.parkNanos(
            Math.min(pending.peekFirst().dueNanos() - now, TimeUnit.MILLISECONDS.toNanos(100)));
        continue;
      }
      Map<StreamPublisher.Entry, Long> due = new IdentityHashMap<>();
      List<StreamPublisher.Entry> entries = new ArrayList<>(batch.size());
      for (Scheduled scheduled : batch) {
        StreamPublisher.Entry entry =
            new StreamPublisher.Entry(
                scheduled.record().partitionKey(),
                SdkBytes.fromByteArray(scheduled.record().bytes()));
        due.put(entry, scheduled.dueNanos());
        entries.add(entry);
      }
      publisher.put(
          entries,
          (entry, acceptedAt) -> recorder.done(acceptedAt, (acceptedAt - due.get(entry)) / 1_000));
    }
    statistics.print(System.nanoTime(), pending, 0);
  }

  /** Moves what the reader has buffered to the pending list; true once the end was seen. */
  private static boolean fill(BlockingQueue<Scheduled> buffer, Deque<Scheduled> pending) {
    if (pending.size() >= PENDING_TARGET) {
      return false;
    }
    List<Scheduled> drained = new ArrayList<>();
    buffer.drainTo(drained, PENDING_TARGET - pending.size());
    boolean ended = false;
    for (Scheduled scheduled : drained) {
      if (scheduled == END) {
        ended = true;
      } else {
        pending.addLast(scheduled);
      }
    }
    return ended;
  }

  private static boolean awaitNext(BlockingQueue<Scheduled> buffer, Deque<Scheduled> pending) {
    try {
      Scheduled next = buffer.poll(100, TimeUnit.MILLISECONDS);
      if (next == END) {
        return true;
      }
      if (next != null) {
        pending.addLast(next);
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StreamRefusedException("interrupted while replaying", e);
    }
  }

  /**
   * The records due by {@code now}, from the head of the pending list, at most 500 and 5 MB, and at
   * most one per partition key: the batch ends at the first record whose key it already holds.
   */
  private static List<Scheduled> dueBatch(Deque<Scheduled> pending, long now) {
    List<Scheduled> batch = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    long bytes = 0;
    while (!pending.isEmpty() && batch.size() < StreamPublisher.MAX_ENTRIES) {
      Scheduled next = pending.peekFirst();
      int size = next.record().data().length() * 3 / 4 + next.record().partitionKey().length();
      if (next.dueNanos() > now
          || keys.contains(next.record().partitionKey())
          || bytes + size > MAX_REQUEST_BYTES) {
        break;
      }
      batch.add(pending.pollFirst());
      keys.add(next.record().partitionKey());
      bytes += size;
    }
    return batch;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The periodic statistics line: records put, the recent rate, how far behind, retries. */
  private final class Statistics {

    private final LoadRecorder recorder;
    private final StreamPublisher publisher;
    private final PrintWriter progress;
    private long lastPrintNanos = System.nanoTime();
    private long lastCount;

    Statistics(LoadRecorder recorder, StreamPublisher publisher, PrintWriter progress) {
      this.recorder = recorder;
      this.publisher = publisher;
      this.progress = progress;
    }

    void maybePrint(long now, Deque<Scheduled> pending, int buffered) {
      if (now - lastPrintNanos >= options.statsEvery().toNanos()) {
        print(now, pending, buffered);
      }
    }

    void print(long now, Deque<Scheduled> pending, int buffered) {
      long count = recorder.count();
      double seconds = (now - lastPrintNanos) / 1e9;
      Scheduled oldest = pending.peekFirst();
      long behindMillis = oldest == null ? 0 : Math.max(0, (now - oldest.dueNanos()) / 1_000_000);
      progress.printf(
          "replay %5.0f s: %,d records put (%,.0f/s), %,d ms behind schedule, %,d retried,"
              + " %,d buffered%n",
          recorder.elapsedNanos() / 1e9,
          count,
          seconds <= 0 ? 0 : (count - lastCount) / seconds,
          behindMillis,
          publisher.retriedEntries(),
          pending.size() + buffered);
      progress.flush();
      lastPrintNanos = now;
      lastCount = count;
    }
  }
}
