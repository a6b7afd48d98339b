package com.vanitycall.core.live;

import java.lang.System.Logger.Level;

/**
 * Pushes each new call to every connected page, and forgets the pages that have gone. One page that
 * cannot be reached does not keep the others from hearing of the call.
 */
public final class LiveFeed {

  private static final System.Logger LOG = System.getLogger(LiveFeed.class.getName());

  private final LiveConnections connections;
  private final LiveChannel channel;

  public LiveFeed(LiveConnections connections, LiveChannel channel) {
    this.connections = connections;
    this.channel = channel;
  }

  /**
   * @return how many pages the message reached
   */
  public int publish(String message) {
    int reached = 0;
    for (String connection : connections.open()) {
      try {
        if (channel.post(connection, message)) {
          reached++;
        } else {
          connections.remove(connection);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a live page could not be reached: {0}", e.getMessage());
      }
    }
    return reached;
  }
}
