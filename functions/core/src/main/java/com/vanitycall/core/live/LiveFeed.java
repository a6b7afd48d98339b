package com.vanitycall.core.live;

import java.util.List;

/**
 * Tells every connected page about a new call: one message per connection; a connection that is
 * gone is closed, so the next call does not try it again.
 */
public final class LiveFeed {

  private final LiveConnections connections;
  private final LivePush push;

  public LiveFeed(LiveConnections connections, LivePush push) {
    this.connections = connections;
    this.push = push;
  }

  /**
   * @return how many pages were told
   */
  public int broadcast(String message) {
    List<String> open = connections.all();
    int told = 0;
    for (String connection : open) {
      if (push.push(connection, message)) {
        told++;
      } else {
        connections.close(connection);
      }
    }
    return told;
  }
}
