package com.vanitycall.loadtest;

import com.vanitycall.core.call.CallEventCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code load generate}'s calls: {@link SyntheticCallEvents} (area-code mix, repeat callers, a
 * share withheld and invalid) at times that average the target rate, with bursts: calls arrive at
 * random (exponential gaps), at two and a half times the rate in the first second of every ten and
 * a little under the rate otherwise. Each becomes a capture record whose arrival time is the call's
 * time and whose partition key is its event id, as the Connect handler keys them; {@link
 * StreamReplay} at speed 1 then sends them at their times.
 */
public final class GeneratedCalls {

  private static final double BURST_FACTOR = 2.5;
  private static final int BURST_EVERY_SECONDS = 10;

  private GeneratedCalls() {}

  /**
   * @param rate the average calls per second
   * @param seed the same seed gives the same calls (at times relative to {@code start})
   */
  public static List<CapturedRecord> generate(int calls, double rate, long seed, Instant start) {
    if (calls < 1) {
      throw new IllegalArgumentException("--calls must be at least 1: " + calls);
    }
    if (!(rate > 0)) {
      throw new IllegalArgumentException("--rate must be positive: " + rate);
    }
    // milliseconds, as Kinesis and the call record keep them
    Instant from = start.truncatedTo(ChronoUnit.MILLIS);
    List<Instant> times = times(calls, rate, new Random(seed ^ 0x5DEECE66DL), from);
    CallEventCodec codec = new CallEventCodec();
    List<CapturedRecord> records = new ArrayList<>(calls);
    SyntheticCallEvents.generate(seed, times)
        .forEach(
            event ->
                records.add(
                    CapturedRecord.generated(
                        event.receivedAt(), event.eventId(), codec.toJson(event))));
    return records;
  }

  /**
   * Arrival times: a Poisson process whose rate is {@code 2.5 × rate} in the first second of every
   * ten and {@code rate × (10 − 2.5) / 9} in the other nine, so that it averages {@code rate}.
   */
  static List<Instant> times(int calls, double rate, Random random, Instant start) {
    double quietRate = rate * (BURST_EVERY_SECONDS - BURST_FACTOR) / (BURST_EVERY_SECONDS - 1);
    List<Instant> times = new ArrayList<>(calls);
    double seconds = 0;
    for (int i = 0; i < calls; i++) {
      boolean burst = ((long) seconds) % BURST_EVERY_SECONDS == 0;
      double now = burst ? rate * BURST_FACTOR : quietRate;
      seconds += -Math.log(1 - random.nextDouble()) / now;
      times.add(start.plus(Duration.ofMillis((long) (seconds * 1000))));
    }
    return times;
  }
}
