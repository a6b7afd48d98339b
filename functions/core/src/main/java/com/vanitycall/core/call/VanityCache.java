package com.vanitycall.core.call;

import com.vanitycall.core.phone.PhoneNumber;
import java.util.Optional;

/** The best vanities per number from earlier deep scorings. */
public interface VanityCache {

  /** A cache that holds nothing and keeps nothing: every call is answered by the quick engine. */
  VanityCache NOTHING_CACHED =
      new VanityCache() {
        @Override
        public Optional<CachedVanities> find(PhoneNumber number) {
          return Optional.empty();
        }

        @Override
        public boolean offer(PhoneNumber number, CachedVanities vanities) {
          return false;
        }
      };

  /** The cached vanities for this number, if any. */
  Optional<CachedVanities> find(PhoneNumber number);

  /**
   * Stores these vanities unless the cache already holds a result scored at the same time or later:
   * a newer result never loses to an older one.
   *
   * @return true if the cache now holds {@code vanities}
   */
  boolean offer(PhoneNumber number, CachedVanities vanities);
}
