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
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;

/**
 * Replays recorded stream records into a stream, at N× their recorded pace, in the shape of
 * aws-samples/amazon-kinesis-replay: the records are read lazily, a bounded buffer sits between the
 * pacing and the sending (when it is full the pacing waits: back-pressure), the sender puts what is
 * due in PutRecords of at most 500, and only the entries the stream refused are sent again, with
 * capped backoff and jitter ({@link StreamPublisher}); a statistics line every few seconds.
 *
 * <p>What it adds: partition keys are kept, and so is the order within a key (one entry per key per
 * PutRecords, and the next call only once the previous one is wholly accepted); each record is due
 * at its recorded offset from the first, divided by the speed, and is handed to the sender at that
 * time by the same open-model scheduler the storm uses ({@link ArrivalScheduler}), so a record
 * handed over more than 10 ms late is counted late, and its latency runs from its due time to the
 * stream accepting it: a replay that falls behind shows it (coordinated omission).
 */
public final class StreamReplay {

  /** The most data one PutRecords may carry. */
  private static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;

  private static final Scheduled END = new Scheduled(null, Long.MAX_VALUE);

  private final KinesisClient kinesis;
  private final ReplayOptions options;
  private final String kind;

  /** A record and when it is due, in nanos of {@link System#nanoTime()}. */
  private record Scheduled(CapturedRecord record, long dueNanos) {}

  public StreamReplay(KinesisClient kinesis, ReplayOptions options) {
    this(kinesis, options, "replay");
  }

  /**
   * @param kind the command the replay serves ({@code replay}, {@code generate}): its reports and
   *     statistics lines say so
   */
  public StreamReplay(KinesisClient kinesis, ReplayOptions options, String kind) {
    this.kinesis = kinesis;
    this.options = options;
    this.kind = kind;
  }

  public ReplayOptions options() {
    return options;
  }

  public LoadReport run(Stream<CapturedRecord> records, PrintWriter progress) {
    return run(records, progress, RunWatch.NONE);
  }

  /**
   * Replays the records (in file order; a record recorded earlier than its predecessor is due at
   * once) and returns when the stream has accepted every one, or when the watch stops it (the
   * records not yet due are then not sent).
   *
   * @throws StreamRefusedException if the stream kept refusing an entry; it says how many records
   *     the stream had accepted before
   * @throws MalformedCaptureException if the records' source has a bad line
   * @throws NothingToReplayException if there was no record to send
   */
  public LoadReport run(Stream<CapturedRecord> records, PrintWriter progress, RunWatch watch) {
    // before the clock starts: a missing stream fails here, with its name, and the client's first
    // call (its set-up, the connection) is not counted as the replay falling behind
    try {
      kinesis.describeStreamSummary(b -> b.streamName(options.stream()));
    } catch (ResourceNotFoundException e) {
      throw new StreamRefusedException("there is no stream " + options.stream(), e);
    }
    LoadRecorder recorder = new LoadRecorder(kind, "records put");
    StreamPublisher publisher = new StreamPublisher(kinesis, options.stream());
    BlockingQueue<Scheduled> buffer = new ArrayBlockingQueue<>(options.bufferCapacity());
    AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
    Sender sender = new Sender(publisher, recorder, progress);
    RunMonitor monitor =
        new RunMonitor(recorder, watch, options.statsEvery(), sender::printStatistics);
    Thread pacing =
        new Thread(
            () -> pace(records.iterator(), recorder, buffer, readFailure, monitor),
            kind + "-pacing");
    pacing.setDaemon(true);
    pacing.start();
    try {
      sender.send(buffer, monitor);
    } catch (StreamRefusedException | SdkException e) {
      // refused after every retry, or not reachable at all (a connection refused): either way, how
      // many it had taken, so that a loss can be bounded
      String why =
          e instanceof StreamRefusedException
              ? e.getMessage()
              : "the stream could not be reached: " + e.getMessage();
      throw new StreamRefusedException(
          String.format(
              "%s; the stream had accepted %,d records before that, of %,d due so far (none due"
                  + " later was sent)",
              why, recorder.count(), recorder.report().intended()),
          e);
    } finally {
      monitor.stop();
      pacing.interrupt();
      joinQuietly(pacing);
    }
    if (readFailure.get() != null) {
      throw readFailure.get();
    }
    LoadReport report = recorder.report();
    if (report.intended() == 0 && monitor.abortedBecause().isEmpty()) {
      throw new NothingToReplayException(
          options.seek().isZero()
              ? "there are no records to replay"
              : "there are no records to replay after --seek " + options.seek().toSeconds() + " s");
    }
    recorder.retried(publisher.retriedEntries());
    publisher.refusedByKind().forEach((k, n) -> recorder.errors(k + " (retried)", n));
    return recorder.report().stoppedEarly(monitor.abortedBecause().orElse(null));
  }

  /** Reads the records lazily and hands each to the sender at its due time. */
  private void pace(
      Iterator<CapturedRecord> records,
      LoadRecorder recorder,
      BlockingQueue<Scheduled> buffer,
      AtomicReference<RuntimeException> failure,
      RunMonitor monitor) {
    try {
      new ArrivalScheduler(recorder)
          .run(
              recorder.startedNanos(),
              new Arrivals(records),
              (record, dueNanos) -> {
                try {
                  buffer.put(new Scheduled(record, dueNanos));
                  return true;
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return true;
                }
              },
              () -> monitor.stopRequested() || Thread.currentThread().isInterrupted());
    } catch (RuntimeException e) {
      failure.set(e);
    }
    try {
      buffer.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The records as arrivals: each due at its recorded offset from the first (plus the seek),
   * divided by the speed; the ones before the seek left out.
   */
  private final class Arrivals implements Iterator<ArrivalScheduler.Arrival<CapturedRecord>> {

    private final Iterator<CapturedRecord> records;
    private CapturedRecord next;
    private Instant origin;

    Arrivals(Iterator<CapturedRecord> records) {
      this.records = records;
    }

    @Override
    public boolean hasNext() {
      while (next == null && records.hasNext()) {
        CapturedRecord record = records.next();
        if (origin == null) {
          origin = record.arrivedAt().plus(options.seek());
        }
        if (options.seek().isZero() || !record.arrivedAt().isBefore(origin)) {
          next = record;
        }
      }
      return next != null;
    }

    @Override
    public ArrivalScheduler.Arrival<CapturedRecord> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CapturedRecord record = next;
      next = null;
      Duration offset = Duration.between(origin, record.arrivedAt());
      return new ArrivalScheduler.Arrival<>(
          record, (long) (Math.max(0, offset.toNanos()) / options.speed()));
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends what the pacing hands over: from the head, at most 500 records and 5 MB per PutRecords,
   * and at most one per partition key (the batch ends at the first record whose key it already
   * holds); prints the statistics line.
   */
  private final class Sender {

    /** How many records the sender keeps at hand: enough for a few full PutRecords. */
    private static final int PENDING_TARGET = 4 * StreamPublisher.MAX_ENTRIES;

    private final StreamPublisher publisher;
    private final LoadRecorder recorder;
    private final PrintWriter progress;
    private final Deque<Scheduled> pending = new ArrayDeque<>();
    private volatile int buffered;
    private long lastPrintNanos = System.nanoTime();
    private long lastCount;

    Sender(StreamPublisher publisher, LoadRecorder recorder, PrintWriter progress) {
      this.publisher = publisher;
      this.recorder = recorder;
      this.progress = progress;
    }

    void send(BlockingQueue<Scheduled> buffer, RunMonitor monitor) {
      boolean ended = false;
      while ((!ended || !pending.isEmpty()) && !monitor.stopRequested()) {
        ended |= fill(buffer);
        buffered = buffer.size();
        monitor.tick(Long.MAX_VALUE);
        if (pending.isEmpty()) {
          ended |= awaitNext(buffer);
          continue;
        }
        List<Scheduled> batch = batch();
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
            (entry, acceptedAt) ->
                recorder.done(acceptedAt, (acceptedAt - due.get(entry)) / 1_000));
      }
      buffered = 0;
      printStatistics();
    }

    /** Moves what the pacing has handed over to the pending list; true once the end was seen. */
    private boolean fill(BlockingQueue<Scheduled> buffer) {
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

    private boolean awaitNext(BlockingQueue<Scheduled> buffer) {
      try {
        Scheduled next = buffer.poll(50, TimeUnit.MILLISECONDS);
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

    /** The next PutRecords: from the head, at most 500 and 5 MB, at most one per key. */
    private List<Scheduled> batch() {
      List<Scheduled> batch = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      long bytes = 0;
      while (!pending.isEmpty() && batch.size() < StreamPublisher.MAX_ENTRIES) {
        Scheduled next = pending.peekFirst();
        int size = next.record().data().length() * 3 / 4 + next.record().partitionKey().length();
        if (keys.contains(next.record().partitionKey()) || bytes + size > MAX_REQUEST_BYTES) {
          break;
        }
        batch.add(pending.pollFirst());
        keys.add(next.record().partitionKey());
        bytes += size;
      }
      return batch;
    }

    /** The statistics line: records put, the recent rate, how far behind, late, retries. */
    void printStatistics() {
      long now = System.nanoTime();
      long count = recorder.count();
      double seconds = (now - lastPrintNanos) / 1e9;
      Scheduled oldest = pending.peekFirst();
      long behindMillis = oldest == null ? 0 : Math.max(0, (now - oldest.dueNanos()) / 1_000_000);
      LoadReport soFar = recorder.report();
      progress.printf(
          "%s %5.0f s: %,d records put (%,.0f/s), %,d ms behind schedule, %,d late, %,d retried,"
              + " %,d buffered%n",
          kind,
          recorder.elapsedNanos() / 1e9,
          count,
          seconds <= 0 ? 0 : (count - lastCount) / seconds,
          behindMillis,
          soFar.late(),
          publisher.retriedEntries(),
          pending.size() + buffered);
      progress.flush();
      lastPrintNanos = now;
      lastCount = count;
    }
  }
}
