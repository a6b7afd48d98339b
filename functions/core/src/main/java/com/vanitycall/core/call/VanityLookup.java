package com.vanitycall.core.call;

import com.vanitycall.core.phone.CallerNumber;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers one call: reads the caller's number, takes the best vanities from the cache when it has
 * them and from the quick engine otherwise, and publishes a {@link CallEvent} for every call. The
 * cache and the stream are bounded by their adapters' budgets and never cost the caller the answer:
 * a failing cache means a quick answer, and an event the stream refuses goes to the dead letters.
 */
public final class VanityLookup {

  /** How many options a caller hears. */
  public static final int OPTIONS = 3;

  /** The dead-letter origin of an event the stream refused. */
  public static final String PUBLISH_ORIGIN = "connect-publish";

  private static final System.Logger LOG = System.getLogger(VanityLookup.class.getName());

  private final CallerNumberParser parser = new CallerNumberParser();
  private final CallEventCodec codec = new CallEventCodec();
  private final VanityEngine quickEngine;
  private final VanityCache cache;
  private final CallEventPublisher publisher;
  private final DeadLetters deadLetters;
  private final Clock clock;

  public VanityLookup(
      VanityEngine quickEngine,
      VanityCache cache,
      CallEventPublisher publisher,
      DeadLetters deadLetters,
      Clock clock) {
    this.quickEngine = quickEngine;
    this.cache = cache;
    this.publisher = publisher;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /**
   * A caller's call.
   *
   * @param contactId Connect's ContactId, the event's id
   * @param customerEndpoint the caller's number as Connect gave it: null, empty, {@code anonymous}
   *     or anything else are all answered
   */
  public CallAnswer answer(String contactId, String customerEndpoint) {
    return answer(contactId, customerEndpoint, Traffic.CALLERS);
  }

  /**
   * @param traffic whose call it is: a load tool's is answered alike and marked synthetic
   */
  public CallAnswer answer(String contactId, String customerEndpoint, Traffic traffic) {
    Instant receivedAt = clock.instant();
    long started = System.nanoTime();
    CallerNumber caller = parser.parse(customerEndpoint);
    CallAnswer answer =
        caller
            .number()
            .map(number -> optionsFor(caller, number))
            .orElseGet(() -> new CallAnswer(caller, VanitySource.FALLBACK, List.of()));
    long answerMicros = (System.nanoTime() - started) / 1_000;
    LOG.log(
        Level.INFO,
        "answered {0} caller {1} from {2} with {3} option(s) in {4} us",
        caller.status(),
        caller.number().map(PhoneNumber::masked).orElse("-"),
        answer.source(),
        answer.options().size(),
        Long.toString(answerMicros));
    record(
        new CallEvent(
            CallEvent.SCHEMA_VERSION,
            contactId,
            caller.number().map(PhoneNumber::e164).orElse(null),
            caller.status(),
            receivedAt,
            answer.options(),
            answer.source(),
            answerMicros,
            traffic == Traffic.SYNTHETIC));
    return answer;
  }

  private CallAnswer optionsFor(CallerNumber caller, PhoneNumber number) {
    Optional<CachedVanities> cached = cached(number);
    if (cached.isPresent()) {
      return new CallAnswer(caller, VanitySource.CACHE, spoken(cached.get().vanities()));
    }
    return new CallAnswer(caller, VanitySource.QUICK, spoken(quickEngine.best(number)));
  }

  private Optional<CachedVanities> cached(PhoneNumber number) {
    try {
      return cache.find(number);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "vanity cache unavailable, answering from the quick engine: {0}",
          e.toString());
      return Optional.empty();
    }
  }

  /**
   * The options worth saying, judged by the model ({@link com.vanitycall.core.vanity.WorthSaying}):
   * none for 55501-BE, one for FLOWERS (not 3-LOWERS far below it); at most {@value #OPTIONS}.
   */
  private List<Vanity> spoken(List<Vanity> vanities) {
    return quickEngine.worthSaying().of(vanities).stream().limit(OPTIONS).toList();
  }

  private void record(CallEvent event) {
    try {
      publisher.publish(event);
    } catch (RuntimeException refused) {
      LOG.log(
          Level.WARNING,
          "call event not published, sending it to the dead letters: {0}",
          refused.toString());
      sendToDeadLetters(event, refused);
    }
  }

  private void sendToDeadLetters(CallEvent event, RuntimeException refused) {
    try {
      deadLetters.send(
          new DeadLetter(PUBLISH_ORIGIN, refused.toString(), codec.toJson(event), clock.instant()));
    } catch (RuntimeException alsoRefused) {
      LOG.log(
          Level.ERROR,
          "call event {0} lost: the stream refused it ({1}) and so did the dead letters ({2})",
          event.eventId(),
          refused.toString(),
          alsoRefused.toString());
    }
  }
}
