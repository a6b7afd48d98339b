package com.vanitycall.local.stack;

import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.CallerStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Call events as the Connect handler publishes them, from a seeded generator. */
final class CallEvents {

  private CallEvents() {}

  /** {@code count} events from distinct US callers, one in ten withheld. */
  static List<CallEvent> generate(int count, long seed) {
    Random random = new Random(seed);
    Instant receivedAt = Instant.parse("2026-11-20T10:15:30.123Z");
    List<CallEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String eventId = new UUID(random.nextLong(), random.nextLong()).toString();
      boolean withheld = i % 10 == 9;
      events.add(
          new CallEvent(
              CallEvent.SCHEMA_VERSION,
              eventId,
              withheld
                  ? null
                  : String.format(
                      "+1800%03d%04d", 200 + random.nextInt(800), random.nextInt(10_000)),
              withheld ? CallerStatus.WITHHELD : CallerStatus.VALID,
              receivedAt.plusMillis(i),
              List.of(),
              withheld ? VanitySource.FALLBACK : VanitySource.QUICK,
              300));
    }
    return events;
  }
}
