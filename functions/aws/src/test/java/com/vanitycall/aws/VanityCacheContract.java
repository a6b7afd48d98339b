package com.vanitycall.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.call.CachedVanities;
import com.vanitycall.core.call.VanityCache;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link VanityCache} must do; subclasses supply a fresh, empty cache. */
abstract class VanityCacheContract {

  static final PhoneNumber FLOWERS = new PhoneNumber("+18003569377", "1800", "3569377");
  static final PhoneNumber OTHER = new PhoneNumber("+12065550100", "1206", "5550100");
  static final Instant EARLIER = Instant.parse("2026-11-22T10:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-22T11:00:00Z");

  protected abstract VanityCache cache();

  static CachedVanities scored(Instant at, String... letters) {
    return new CachedVanities(
        java.util.Arrays.stream(letters)
            .map(word -> new Vanity("1-800-" + word, List.of(word), word.length(), word))
            .toList(),
        "dict-1",
        at);
  }

  @Test
  void find_onAnEmptyCache_findsNothing() {
    assertThat(cache().find(FLOWERS)).isEmpty();
  }

  @Test
  void offer_thenFind_returnsTheSameVanitiesInOrder() {
    CachedVanities offered = scored(EARLIER, "FLOWERS", "FLOWER7");

    assertThat(cache().offer(FLOWERS, offered)).isTrue();

    assertThat(cache().find(FLOWERS)).contains(offered);
    assertThat(cache().find(OTHER)).isEmpty();
  }

  @Test
  void offer_ofANewerScoring_replacesTheOlder() {
    cache().offer(FLOWERS, scored(EARLIER, "FLOWER7"));

    assertThat(cache().offer(FLOWERS, scored(LATER, "FLOWERS"))).isTrue();

    assertThat(cache().find(FLOWERS).orElseThrow().vanities())
        .extracting(Vanity::letters)
        .containsExactly("FLOWERS");
  }

  @Test
  void offer_ofAnOlderOrSameAgeScoring_neverReplacesANewerOne() {
    cache().offer(FLOWERS, scored(LATER, "FLOWERS"));

    assertThat(cache().offer(FLOWERS, scored(EARLIER, "FLOWER7"))).isFalse();
    assertThat(cache().offer(FLOWERS, scored(LATER, "FLOWER7"))).isFalse();

    assertThat(cache().find(FLOWERS).orElseThrow().vanities())
        .extracting(Vanity::letters)
        .containsExactly("FLOWERS");
  }
}
