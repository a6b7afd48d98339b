package com.vanitycall.loadtest;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.RandomNanpNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Call events as the Connect handler publishes them, from a seeded generator so that a run can be
 * repeated: mostly valid US numbers (some callers call more than once), a share withheld and a
 * share invalid; each event id a UUID, as Connect's ContactId is; each marked synthetic, so that
 * the product's figures leave it out.
 */
public final class SyntheticCallEvents {

  private static final List<String> AREA_CODES =
      List.of("800", "888", "212", "415", "617", "303", "512");

  private SyntheticCallEvents() {}

  /**
   * @param count how many events
   * @param seed the generator's seed: the same seed gives the same events
   */
  public static List<CallEvent> generate(int count, long seed, Instant receivedAt) {
    return generate(seed, Collections.nCopies(count, receivedAt));
  }

  /**
   * A history: {@code count} events received at random times over the {@code days} days before
   * {@code end}, in no particular order.
   */
  public static List<CallEvent> spread(int count, int days, long seed, Instant end) {
    Random random = new Random(seed ^ 0x2545F4914F6CDD1DL);
    long span = Duration.ofDays(days).toMillis();
    List<Instant> times = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      times.add(end.minusMillis((long) (random.nextDouble() * span)));
    }
    return generate(seed, times);
  }

  /**
   * @param seed the generator's seed: the same seed gives the same events
   * @param receivedAt each event's time, one event each
   */
  public static List<CallEvent> generate(long seed, List<Instant> receivedAt) {
    Random random = new Random(seed);
    RandomNanpNumbers numbers = new RandomNanpNumbers(random);
    List<String> callers = new ArrayList<>();
    int count = receivedAt.size();
    List<CallEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String eventId = new UUID(random.nextLong(), random.nextLong()).toString();
      int kind = random.nextInt(100);
      CallEvent event;
      if (kind < 5) {
        event = CallEvent.fallback(eventId, CallerStatus.WITHHELD, receivedAt.get(i), 50);
      } else if (kind < 8) {
        event = CallEvent.fallback(eventId, CallerStatus.INVALID, receivedAt.get(i), 50);
      } else {
        boolean repeatCaller = !callers.isEmpty() && random.nextInt(10) == 0;
        String caller =
            repeatCaller
                ? callers.get(random.nextInt(callers.size()))
                : numbers.nextIn(AREA_CODES).e164();
        callers.add(caller);
        event =
            new CallEvent(
                CallEvent.SCHEMA_VERSION,
                eventId,
                caller,
                CallerStatus.VALID,
                receivedAt.get(i),
                List.of(),
                VanitySource.QUICK,
                200 + random.nextInt(800));
      }
      events.add(event.asSynthetic());
    }
    return List.copyOf(events);
  }
}
