package com.vanitycall.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The use case's decisions, offline. The ports here are plain in-memory stand-ins; the same use
 * case runs on DynamoDB Local and kinesalite in the Connect handler's integration tests.
 */
class VanityLookupTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  private static final String FLOWERS = "+18003569377";

  private static VanityEngine quick;

  private final Map<String, CachedVanities> cached = new HashMap<>();
  private final List<CallEvent> published = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private RuntimeException cacheFailure;
  private RuntimeException streamFailure;
  private RuntimeException deadLetterFailure;

  @BeforeAll
  static void loadEngine() {
    quick = VanityEngine.load(Profile.QUICK);
  }

  private final VanityCache cache =
      new VanityCache() {
        @Override
        public Optional<CachedVanities> find(PhoneNumber number) {
          if (cacheFailure != null) {
            throw cacheFailure;
          }
          return Optional.ofNullable(cached.get(number.e164()));
        }

        @Override
        public boolean offer(PhoneNumber number, CachedVanities vanities) {
          cached.put(number.e164(), vanities);
          return true;
        }
      };

  private final VanityLookup lookup =
      new VanityLookup(
          quick,
          cache,
          event -> {
            if (streamFailure != null) {
              throw streamFailure;
            }
            published.add(event);
          },
          new DeadLetters() {
            @Override
            public void send(DeadLetter letter) {
              if (deadLetterFailure != null) {
                throw deadLetterFailure;
              }
              deadLetters.add(letter);
            }

            @Override
            public void keepForAnOperator(String id, DeadLetter letter) {
              send(letter);
            }
          },
          CLOCK);

  @Test
  void aValidNumberWithNothingCached_isAnsweredByTheQuickEngine_withTheOptionsWorthSaying() {
    CallAnswer answer = lookup.answer("contact-1", FLOWERS);

    assertThat(answer.source()).isEqualTo(VanitySource.QUICK);
    assertThat(answer.options()).extracting(Vanity::display).containsExactly("1-800-FLOWERS");
    assertThat(published)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.eventId()).isEqualTo("contact-1");
              assertThat(event.callerNumber()).isEqualTo(FLOWERS);
              assertThat(event.answer()).isEqualTo(answer.options());
              assertThat(event.receivedAt()).isEqualTo(CLOCK.instant());
            });
  }

  @Test
  void aCachedDeepResult_isWhatTheCallerHears() {
    Vanity deep = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 99, "FLOWERS");
    cached.put(FLOWERS, new CachedVanities(List.of(deep), "deep-1", CLOCK.instant()));

    CallAnswer answer = lookup.answer("contact-1", FLOWERS);

    assertThat(answer.source()).isEqualTo(VanitySource.CACHE);
    assertThat(answer.options()).containsExactly(deep);
    assertThat(published.get(0).source()).isEqualTo(VanitySource.CACHE);
  }

  @Test
  void aFailingCache_costsOnlyTheCachedAnswer_theQuickEngineAnswers() {
    cached.put(FLOWERS, new CachedVanities(List.of(), "deep-1", CLOCK.instant()));
    cacheFailure = new IllegalStateException("cache timed out");

    CallAnswer answer = lookup.answer("contact-1", FLOWERS);

    assertThat(answer.source()).isEqualTo(VanitySource.QUICK);
    assertThat(answer.options()).extracting(Vanity::display).containsExactly("1-800-FLOWERS");
  }

  @Test
  void aCachedDeepResult_isHeardOnlyAsFarAsItIsWorthSaying() {
    Vanity flowers = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 3146, "FLOWERS");
    Vanity lowers = new Vanity("1-800-3-LOWERS", List.of("LOWERS"), 1398, "3LOWERS");
    Vanity owes = new Vanity("1-800-35-OWES-7", List.of("OWES"), 531, "35OWES7");
    cached.put(
        FLOWERS, new CachedVanities(List.of(flowers, lowers, owes), "deep-1", CLOCK.instant()));

    CallAnswer answer = lookup.answer("contact-1", FLOWERS);

    assertThat(answer.options()).containsExactly(flowers);
    assertThat(published.get(0).answer()).containsExactly(flowers);
  }

  @Test
  void aNumberThatSpellsNothingWorthSaying_isAnsweredWithNoOptions() {
    CallAnswer answer = lookup.answer("contact-1", "+12125550123");

    assertThat(answer.source()).isEqualTo(VanitySource.QUICK);
    assertThat(answer.options()).isEmpty();
  }

  @Test
  void withheldAndInvalidCallers_getTheFallback_andAreStillPublished() {
    assertThat(lookup.answer("contact-1", "anonymous").source()).isEqualTo(VanitySource.FALLBACK);
    assertThat(lookup.answer("contact-2", null).options()).isEmpty();
    assertThat(lookup.answer("contact-3", "junk").source()).isEqualTo(VanitySource.FALLBACK);

    assertThat(published)
        .extracting(CallEvent::callerStatus)
        .containsExactly(CallerStatus.WITHHELD, CallerStatus.WITHHELD, CallerStatus.INVALID);
  }

  @Test
  void anEventTheStreamRefuses_goesToTheDeadLetters_withItsReason() {
    streamFailure = new PublishFailedException("stream throttled", null);

    CallAnswer answer = lookup.answer("contact-1", FLOWERS);

    assertThat(answer.options()).isNotEmpty();
    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.origin()).isEqualTo(VanityLookup.PUBLISH_ORIGIN);
              assertThat(letter.reason()).contains("stream throttled");
              assertThat(new CallEventCodec().fromJson(letter.payload()).eventId())
                  .isEqualTo("contact-1");
            });
  }

  @Test
  void whenTheDeadLettersRefuseToo_theCallerIsStillAnswered() {
    streamFailure = new PublishFailedException("stream down", null);
    deadLetterFailure = new IllegalStateException("table down");

    assertThat(lookup.answer("contact-1", FLOWERS).options()).isNotEmpty();
  }
}
