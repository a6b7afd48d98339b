package com.vanitycall.local.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.local.emulators.EmulatorStartException;
import com.vanitycall.local.emulators.Loopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The local stack's DynamoDB endpoint, on loopback: one address, as DynamoDB has on AWS, in front
 * of the DynamoDB Local instances that hold the tables ({@link TablePlacement}). Each request is
 * passed on unchanged to the instance holding the tables it names, and its answer passed back
 * unchanged; ListTables lists every instance's tables. Clients (the handlers, the commands) see one
 * endpoint and need no change.
 */
final class DynamoDbFront implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");
  private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";
  private static final String STREAMS = "DynamoDBStreams_";

  private final TablePlacement<URI> placement;
  private final Server server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DynamoDbFront(TablePlacement<URI> placement, Server server) {
    this.placement = placement;
    this.server = server;
  }

  /**
   * @param port where to listen on loopback (0 for any free port)
   * @param placement the endpoints of the instances, by table
   */
  static DynamoDbFront start(int port, TablePlacement<URI> placement) {
    Server server = new Server(new InetSocketAddress(Loopback.HOST, port));
    DynamoDbFront front = new DynamoDbFront(placement, server);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            front.handle(request, response, callback);
            return true;
          }
        });
    try {
      server.start();
      return front;
    } catch (Exception e) {
      throw new EmulatorStartException("the DynamoDB endpoint could not listen on port " + port, e);
    }
  }

  URI endpoint() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://" + Loopback.HOST + ":" + port);
  }

  private void handle(Request request, Response response, Callback callback) {
    try {
      byte[] body = BufferUtil.toArray(Content.Source.asByteBuffer(request));
      String target = String.valueOf(request.getHeaders().get("X-Amz-Target"));
      if (target.equals(LIST_TABLES)) {
        reply(response, callback, 200, List.of(), listTables(request, body));
        return;
      }
      URI instance;
      try {
        instance =
            target.startsWith(STREAMS)
                ? placement.main()
                : placement.forRequest(JSON.readTree(body));
      } catch (TablePlacement.TablesApartException e) {
        reply(response, callback, 400, List.of(), error(e.getMessage()));
        return;
      } catch (IOException notJson) {
        // DynamoDB Local answers what it makes of it
        instance = placement.main();
      }
      HttpResponse<byte[]> answer = forward(request, instance, body);
      reply(
          response,
          callback,
          answer.statusCode(),
          answer.headers().map().entrySet().stream()
              .flatMap(h -> h.getValue().stream().map(v -> new HttpField(h.getKey(), v)))
              .toList(),
          answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.failed(e);
    } catch (IOException | RuntimeException e) {
      callback.failed(e);
    }
  }

  /** Every instance's tables, once each, in order (one page: the local stack has a handful). */
  private byte[] listTables(Request request, byte[] body) throws IOException, InterruptedException {
    Set<String> names = new TreeSet<>();
    for (URI instance : instances()) {
      HttpResponse<byte[]> answer = forward(request, instance, body);
      if (answer.statusCode() != 200) {
        return answer.body();
      }
      JSON.readTree(answer.body()).path("TableNames").forEach(name -> names.add(name.asText()));
    }
    ObjectNode listed = JSON.createObjectNode();
    ArrayNode tableNames = listed.putArray("TableNames");
    names.forEach(tableNames::add);
    return JSON.writeValueAsBytes(listed);
  }

  private List<URI> instances() {
    return Stream.concat(Stream.of(placement.main()), placement.apart().values().stream())
        .distinct()
        .toList();
  }

  private HttpResponse<byte[]> forward(Request request, URI instance, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder forwarded =
        HttpRequest.newBuilder(instance.resolve(request.getHttpURI().getPathQuery()))
            .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (HttpField header : request.getHeaders()) {
      if (!NOT_FORWARDED.contains(header.getLowerCaseName())) {
        forwarded.header(header.getName(), header.getValue());
      }
    }
    return client.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void reply(
      Response response, Callback callback, int status, List<HttpField> headers, byte[] body) {
    response.setStatus(status);
    for (HttpField header : headers) {
      if (!NOT_FORWARDED.contains(header.getLowerCaseName()) && !header.getName().startsWith(":")) {
        response.getHeaders().add(header);
      }
    }
    if (!response.getHeaders().contains("Content-Type")) {
      response.getHeaders().add("Content-Type", "application/x-amz-json-1.0");
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] error(String message) {
    return JSON.createObjectNode()
        .put("__type", "com.amazon.coral.validate#ValidationException")
        .put("message", message)
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the DynamoDB endpoint did not stop", e);
    }
  }
}
