package com.vanitycall.core.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages connected to the live feed, kept in memory (the local server's, where the sockets are
 * its own): listed until they are forgotten or expire, as the connections table's TTL does on AWS.
 */
public final class InMemoryLiveConnections implements LiveConnections {

  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  @Override
  public void add(String connectionId, Instant expiresAt) {
    expiries.put(connectionId, expiresAt);
  }

  @Override
  public void remove(String connectionId) {
    expiries.remove(connectionId);
  }

  @Override
  public List<String> open() {
    Instant now = Instant.now();
    return expiries.entrySet().stream()
        .filter(entry -> entry.getValue().isAfter(now))
        .map(Map.Entry::getKey)
        .toList();
  }
}
