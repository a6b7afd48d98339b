package com.vanitycall.core.live;

import java.time.Instant;
import java.util.List;

/** The web pages connected to the live feed, by connection id. */
public interface LiveConnections {

  /** Remembers a page that connected; forgotten by {@code expiresAt} at the latest. */
  void add(String connectionId, Instant expiresAt);

  void remove(String connectionId);

  /** Every connection that may still be open. */
  List<String> open();
}
