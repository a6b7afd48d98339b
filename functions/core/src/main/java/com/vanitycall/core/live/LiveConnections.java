package com.vanitycall.core.live;

import java.time.Instant;
import java.util.List;

/** The pages connected to the live feed of new calls, by connection id. */
public interface LiveConnections {

  /** A page connected; it is forgotten at {@code expiresAt} if it never says goodbye. */
  void open(String connectionId, Instant expiresAt);

  /** A page disconnected, or is known to be gone. */
  void close(String connectionId);

  /** Every connection open now. */
  List<String> all();
}
