package com.vanitycall.local.web;

import com.vanitycall.core.live.InMemoryLiveConnections;
import com.vanitycall.core.live.LiveChannel;
import com.vanitycall.core.live.LiveConnections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The local server's WebSocket sessions, which the live feed posts to as it posts to pages on AWS
 * through the Management API: by connection id. A session is attached when its socket opens and
 * detached when it closes; which pages are connected is kept apart, in {@link #connections()}, by
 * the connection handler, as API Gateway's {@code $connect} and {@code $disconnect} routes keep the
 * connections table.
 */
final class LocalLiveSockets implements LiveChannel {

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final InMemoryLiveConnections connections = new InMemoryLiveConnections();

  /** The pages connected, as the connection handler keeps them. */
  LiveConnections connections() {
    return connections;
  }

  void attach(String connectionId, Session session) {
    sessions.put(connectionId, session);
  }

  void detach(String connectionId) {
    sessions.remove(connectionId);
  }

  @Override
  public boolean post(String connectionId, String message) {
    Session session = sessions.get(connectionId);
    if (session == null || !session.isOpen()) {
      return false;
    }
    session.sendText(message, Callback.NOOP);
    return true;
  }

  /**
   * Closes every socket (the pages fall back to polling until they reconnect); each is forgotten as
   * it closes.
   */
  void closeAll() {
    List.copyOf(sessions.values()).forEach(Session::close);
  }
}
