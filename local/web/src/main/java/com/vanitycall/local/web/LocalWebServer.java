package com.vanitycall.local.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.vanitycall.api.ApiHandler;
import com.vanitycall.api.LiveConnectionsHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * One HTTP server on loopback for the page, the API and the live feed, as API Gateway, the
 * WebSocket API and CloudFront serve them on AWS: {@code /api/*} goes to the {@link ApiHandler} as
 * the same event, {@code /live} is the WebSocket whose connections the {@link
 * LiveConnectionsHandler} keeps, and everything else is the page's static files and its {@code
 * config.json}.
 */
public final class LocalWebServer implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(LocalWebServer.class);

  /** The page's files, shipped in functions/api as on AWS they are uploaded to the bucket. */
  private static final Map<String, String> FILES =
      Map.of(
          "/index.html", "text/html; charset=utf-8",
          "/app.js", "text/javascript; charset=utf-8",
          "/style.css", "text/css; charset=utf-8",
          "/favicon.svg", "image/svg+xml");

  /** API Gateway closes a WebSocket idle for 10 minutes (its WebSocket quotas): so does this. */
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

  private final Server server;
  private final LocalLiveSockets sockets;
  private final Duration liveIdleTimeout;
  private final AtomicBoolean livePaused = new AtomicBoolean();

  private LocalWebServer(Server server, LocalLiveSockets sockets, Duration liveIdleTimeout) {
    this.server = server;
    this.sockets = sockets;
    this.liveIdleTimeout = liveIdleTimeout;
  }

  /**
   * @param port 0 for any free port
   * @param liveIdleTimeout how long a live socket may be idle before it is closed ({@link
   *     #IDLE_TIMEOUT}, as on AWS); the page is told to ping more often than that
   */
  static LocalWebServer start(
      int port,
      ApiHandler api,
      LiveConnectionsHandler connections,
      LocalLiveSockets sockets,
      Duration liveIdleTimeout) {
    Server server = new Server(new InetSocketAddress("127.0.0.1", port));
    LocalWebServer web = new LocalWebServer(server, sockets, liveIdleTimeout);
    Map<String, byte[]> files = loadFiles();
    WebSocketUpgradeHandler live =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.setIdleTimeout(liveIdleTimeout);
              container.addMapping(
                  "/live",
                  (request, response, callback) ->
                      web.livePaused.get() ? null : web.new LiveSocket(connections));
            });
    live.setHandler(web.new Site(api, files));
    server.setHandler(live);
    server.setErrorHandler(new JsonErrors());
    try {
      server.start();
    } catch (Exception e) {
      server.destroy();
      throw new WebServerStartException(
          "the local web server did not start on port " + port + ": " + reason(e), e);
    }
    return web;
  }

  /** What a person can act on: a port in use says so, whatever the exception's words. */
  private static String reason(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.BindException) {
        return "the port is in use (another ./vanitycall up, or another program): choose another"
            + " with --port";
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public URI url() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://localhost:" + port + "/");
  }

  public URI liveUrl() {
    return URI.create("ws://" + url().getAuthority() + "/live");
  }

  /** Closes every live socket and refuses new ones, as if the WebSocket API were down. */
  public void pauseLive() {
    livePaused.set(true);
    sockets.closeAll();
  }

  public void resumeLive() {
    livePaused.set(false);
  }

  /** How often the page pings its socket: nine tenths of the idle timeout, so never too late. */
  private long keepAliveSeconds() {
    return Math.max(1, liveIdleTimeout.toMillis() * 9 / 10 / 1000);
  }

  @Override
  public void close() {
    try {
      sockets.closeAll();
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the local web server did not stop", e);
    }
  }

  private static Map<String, byte[]> loadFiles() {
    Map<String, byte[]> files = new HashMap<>();
    for (String path : FILES.keySet()) {
      try (InputStream in = LocalWebServer.class.getResourceAsStream("/web" + path)) {
        if (in == null) {
          throw new WebServerStartException(
              "the page's file web" + path + " is not on the classpath");
        }
        files.put(path, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * One page's socket: its life reported to the connection handler as {@code $connect}/{@code
   * $disconnect}.
   */
  public final class LiveSocket extends Session.Listener.AbstractAutoDemanding {

    private final LiveConnectionsHandler connections;
    private final String connectionId = UUID.randomUUID().toString();

    LiveSocket(LiveConnectionsHandler connections) {
      this.connections = connections;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      super.onWebSocketOpen(session);
      sockets.attach(connectionId, session);
      connections.handleRequest(event("$connect", null), null);
    }

    /** A page's message goes to the {@code $default} route, whose answer goes back to the page. */
    @Override
    public void onWebSocketText(String message) {
      APIGatewayV2WebSocketResponse answer =
          connections.handleRequest(event("$default", message), null);
      if (answer.getBody() != null) {
        getSession().sendText(answer.getBody(), org.eclipse.jetty.websocket.api.Callback.NOOP);
      }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
      sockets.detach(connectionId);
      connections.handleRequest(event("$disconnect", null), null);
    }

    /** A page closed without saying goodbye is what pages do: nothing a person must act on. */
    @Override
    public void onWebSocketError(Throwable cause) {
      LOG.debug("live socket {} ended: {}", connectionId, cause.toString());
    }

    private APIGatewayV2WebSocketEvent event(String route, String body) {
      APIGatewayV2WebSocketEvent.RequestContext context =
          new APIGatewayV2WebSocketEvent.RequestContext();
      context.setConnectionId(connectionId);
      context.setRouteKey(route);
      APIGatewayV2WebSocketEvent event = new APIGatewayV2WebSocketEvent();
      event.setRequestContext(context);
      event.setBody(body);
      return event;
    }
  }

  /** The API, the page's files and its configuration. */
  final class Site extends Handler.Abstract {

    private final ApiHandler api;
    private final Map<String, byte[]> files;

    Site(ApiHandler api, Map<String, byte[]> files) {
      this.api = api;
      this.files = files;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws IOException {
      // nothing here takes a body: read any away, so the connection stays usable for the next
      Content.Source.consumeAll(request);
      String path = request.getHttpURI().getPath();
      if (path.startsWith("/api/") || path.equals("/api")) {
        APIGatewayV2HTTPResponse answer;
        try {
          answer = api.handleRequest(ApiEvents.of(request), null);
        } catch (MalformedQueryException e) {
          answer = ApiHandler.badRequest(e.getMessage());
        }
        answer.getHeaders().forEach(response.getHeaders()::put);
        write(response, answer.getStatusCode(), answer.getBody(), callback);
        return true;
      }
      pageHeaders(response);
      if (path.equals("/live")) {
        text(response, 503, "the live feed is not taking connections just now", callback);
        return true;
      }
      // as S3 behind CloudFront: GET, and HEAD for the same answer without its body
      if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        text(response, 405, "only GET (or HEAD) is allowed here", callback);
        return true;
      }
      if (path.equals("/config.json")) {
        // the server's own address, never the request's Host header (which a client chooses)
        String config =
            "{\"apiBase\": \"\", \"webSocketUrl\": \""
                + liveUrl()
                + "\", \"keepAliveSeconds\": "
                + keepAliveSeconds()
                + "}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        write(response, 200, config, callback);
        return true;
      }
      String file = path.equals("/") ? "/index.html" : path;
      if (!files.containsKey(file)) {
        text(response, 404, "not found", callback);
        return true;
      }
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, FILES.get(file));
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      response.setStatus(200);
      response.write(true, ByteBuffer.wrap(files.get(file)), callback);
      return true;
    }

    /** The headers CloudFront's response-headers policy adds on AWS. */
    private void pageHeaders(Response response) {
      response
          .getHeaders()
          .put(
              "Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
                  + " connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'");
      response.getHeaders().put("X-Content-Type-Options", "nosniff");
      response.getHeaders().put("X-Frame-Options", "DENY");
      response.getHeaders().put("Referrer-Policy", "no-referrer");
    }

    private void text(Response response, int status, String body, Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      write(response, status, body, callback);
    }

    private void write(Response response, int status, String body, Callback callback) {
      response.setStatus(status);
      response.write(
          true,
          ByteBuffer.wrap(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)),
          callback);
    }
  }
}
