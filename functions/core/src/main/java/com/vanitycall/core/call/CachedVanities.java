package com.vanitycall.core.call;

import com.vanitycall.core.vanity.Vanity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The best vanities of one deep scoring, as the cache keeps them.
 *
 * @param vanities best first, at most five
 * @param dictionaryVersion the dictionary that scored them
 * @param scoredAt when the call that caused the scoring was received; a newer one replaces an older
 */
public record CachedVanities(List<Vanity> vanities, String dictionaryVersion, Instant scoredAt) {

  public CachedVanities {
    vanities = List.copyOf(vanities);
    Objects.requireNonNull(dictionaryVersion, "dictionaryVersion");
    Objects.requireNonNull(scoredAt, "scoredAt");
  }
}
