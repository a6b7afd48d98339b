package com.vanitycall.local.web;

import com.vanitycall.core.live.InMemoryLiveConnections;
import com.vanitycall.core.live.LiveChannel;
import com.vanitycall.core.live.LiveConnections;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The local server's WebSocket sessions, as the live feed sees pages on AWS: connections it can
 * list, forget and post to. A session is attached when its socket opens; the connection handler
 * then adds it, as API Gateway's {@code $connect} route does.
 */
final class LocalLiveSockets implements LiveConnections, LiveChannel {

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final InMemoryLiveConnections connections = new InMemoryLiveConnections();

  void attach(String connectionId, Session session) {
    sessions.put(connectionId, session);
  }

  @Override
  public void add(String connectionId, Instant expiresAt) {
    connections.add(connectionId, expiresAt);
  }

  @Override
  public void remove(String connectionId) {
    connections.remove(connectionId);
    Session session = sessions.remove(connectionId);
    if (session != null && session.isOpen()) {
      session.close();
    }
  }

  @Override
  public List<String> open() {
    return connections.open();
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

  /** Closes every socket (the pages fall back to polling until they reconnect). */
  void closeAll() {
    List.copyOf(sessions.keySet()).forEach(this::remove);
  }
}
