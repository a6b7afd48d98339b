package com.vanitycall.loadtest;

import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.history.DayCounters;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The pipeline benchmark: starts a fresh pipeline (an in-memory local stack), publishes synthetic
 * call events at a target rate (PutRecords of at most 500, partition key = event id), waits for the
 * pipeline to finish them, and checks that every event has its call record.
 */
public final class PipelineLoadHarness {

  /**
   * Puts go out at most this often, each with everything due by then (15 records at 300/s). Every
   * PutRecords costs the harness an SDK call and the emulator a request on the same two cores as
   * the pipeline it measures: a 5 ms tick (one or two records a call) took 13 % of the JVM's CPU
   * samples while publishing at 600/s. Latency is measured from each put's acceptance, so the tick
   * adds nothing to it; the pipe gathers for a second anyway.
   */
  private static final long PUBLISH_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final PipelineLoadOptions options;
  private final PipelineUnderLoad.Launcher launcher;

  public PipelineLoadHarness(PipelineLoadOptions options, PipelineUnderLoad.Launcher launcher) {
    this.options = options;
    this.launcher = launcher;
  }

  public PipelineLoadReport run(PrintWriter progress) {
    return run(progress, RunWatch.NONE);
  }

  /**
   * @param watch looked at once a second while publishing the measured events; when it says stop,
   *     publishing stops, and what was published is waited for and checked
   */
  public PipelineLoadReport run(PrintWriter progress, RunWatch watch) {
    Instant now = Instant.now();
    List<CallEvent> warmupEvents =
        SyntheticCallEvents.generate(options.warmupEvents(), options.seed() + 1, now);
    List<CallEvent> events = SyntheticCallEvents.generate(options.events(), options.seed(), now);
    LatencyRecorder warmup = new LatencyRecorder();
    LatencyRecorder recorder = new LatencyRecorder();
    try (PipelineUnderLoad pipeline = launcher.start(options.shards(), warmup.andThen(recorder))) {
      StreamPublisher publisher =
          new StreamPublisher(pipeline.kinesis(), pipeline.callEventsStream());
      if (!warmupEvents.isEmpty()) {
        progress.printf(
            "warming up: %,d events at %,d/s (not measured)...%n",
            warmupEvents.size(), options.rate());
        progress.flush();
        publishPaced(warmupEvents, publisher, warmup, RunWatch.NONE);
        awaitDrained(warmup, warmupEvents.size(), progress);
      }
      progress.printf(
          "publishing %,d events at %,d/s to %d shards...%n",
          options.events(), options.rate(), options.shards());
      progress.flush();
      Published published = publishPaced(events, publisher, recorder, watch);
      List<CallEvent> sent = events.subList(0, published.events());
      awaitDrained(recorder, sent.size(), progress);
      List<String> allEventIds =
          Stream.concat(warmupEvents.stream(), sent.stream()).map(CallEvent::eventId).toList();
      recorder.retried(publisher.retriedEntries());
      var missing =
          new CallRecordCheck(pipeline.dynamoDb(), pipeline.callsTable()).missing(allEventIds);
      return new PipelineLoadReport(
          sent.size(),
          warmupEvents.size(),
          recorder.doneCount() + warmup.doneCount(),
          missing,
          countedCalls(pipeline, now),
          recorder.deadLettered() + warmup.deadLettered(),
          recorder.redelivered() + warmup.redelivered(),
          publisher.retriedEntries(),
          published.seconds(),
          recorder.elapsedSeconds(),
          recorder.secondHalfRate(),
          recorder.latencyMicros(),
          recorder.report().stoppedEarly(published.stoppedBecause()));
    }
  }

  /** What the analytics counters of the events' day add up to: each event counted once. */
  private static long countedCalls(PipelineUnderLoad pipeline, Instant receivedAt) {
    LocalDate day = LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
    return new DynamoDbCallHistory(
            pipeline.dynamoDb(), pipeline.callsTable(), pipeline.analyticsTable())
        .withSynthetic()
        .counters(day)
        .map(DayCounters::calls)
        .orElse(0L);
  }

  /**
   * What was published: how many of the events (all, unless the watch stopped it), in how long, and
   * why it stopped early (null if it did not).
   */
  private record Published(int events, double seconds, String stoppedBecause) {}

  /** Publishes so that by any moment t about rate × t events have gone. */
  private Published publishPaced(
      List<CallEvent> events, StreamPublisher publisher, LatencyRecorder recorder, RunWatch watch) {
    CallEventCodec codec = new CallEventCodec();
    List<StreamPublisher.Entry> entries =
        events.stream().map(e -> StreamPublisher.Entry.text(e.eventId(), codec.toJson(e))).toList();
    recorder.expect(events.stream().map(CallEvent::eventId).toList());
    long started = System.nanoTime();
    long nextWatch = started + TimeUnit.SECONDS.toNanos(1);
    int sent = 0;
    while (sent < entries.size()) {
      if (System.nanoTime() >= nextWatch) {
        nextWatch += TimeUnit.SECONDS.toNanos(1);
        var stop =
            watch.stopBecause(recorder.report(), Duration.ofNanos(System.nanoTime() - started));
        if (stop.isPresent()) {
          return new Published(sent, (System.nanoTime() - started) / 1e9, stop.get());
        }
      }
      long due = (long) ((System.nanoTime() - started) / 1e9 * options.rate()) + 1;
      int until = (int) Math.min(entries.size(), Math.min(due, sent + StreamPublisher.MAX_ENTRIES));
      if (until <= sent) {
        LockSupport.parkNanos(PUBLISH_TICK_NANOS);
        continue;
      }
      publisher.put(
          entries.subList(sent, until),
          (entry, acceptedAt) -> recorder.published(entry.partitionKey(), acceptedAt));
      sent = until;
    }
    return new Published(sent, (System.nanoTime() - started) / 1e9, null);
  }

  private void awaitDrained(LatencyRecorder recorder, int events, PrintWriter progress) {
    long giveUpAt = System.nanoTime() + options.drainTimeout().toNanos();
    while (recorder.doneCount() + recorder.deadLettered() < events
        && System.nanoTime() < giveUpAt) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    if (recorder.doneCount() + recorder.deadLettered() < events) {
      progress.printf(
          "gave up waiting after %d s: %,d of %,d events done%n",
          options.drainTimeout().toSeconds(), recorder.doneCount(), events);
      progress.flush();
    }
  }
}
