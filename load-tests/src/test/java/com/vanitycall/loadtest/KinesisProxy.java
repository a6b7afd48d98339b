package com.vanitycall.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A Kinesis endpoint in front of the emulator that behaves as told. {@link #infrontOf}: it refuses
 * some PutRecords entries as a throttled shard would: every third entry of the first {@code
 * throttledCalls} PutRecords calls is not forwarded and comes back with {@code
 * ProvisionedThroughputExceededException}, the rest are put for real. {@link #refusingAllAfter}:
 * every entry after the first so many calls. {@link #announcingChildShards}: GetRecords at the end
 * of a closed shard returns its {@code ChildShards}, as AWS does and kinesalite does not, and
 * ListShards lists no shard made by a split or a merge, so that a reader can find them only from
 * GetRecords. Everything else passes through unchanged.
 */
final class KinesisProxy implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final URI emulator;
  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicInteger throttledCallsLeft;
  private final AtomicInteger acceptedCallsLeft;
  private final AtomicLong refused = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final boolean announcingChildShards;
  private final Map<String, Position> positionOfIterator = new ConcurrentHashMap<>();
  private final AtomicInteger childShardsAnnounced = new AtomicInteger();

  private KinesisProxy(
      URI emulator, int throttledCalls, int acceptedCalls, boolean announcingChildShards)
      throws IOException {
    this.emulator = emulator;
    this.throttledCallsLeft = new AtomicInteger(throttledCalls);
    this.acceptedCallsLeft = new AtomicInteger(acceptedCalls);
    this.announcingChildShards = announcingChildShards;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static KinesisProxy infrontOf(URI emulator, int throttledCalls) throws IOException {
    return new KinesisProxy(emulator, throttledCalls, Integer.MAX_VALUE, false);
  }

  /** GetRecords announces a closed shard's children; ListShards hides every child shard. */
  static KinesisProxy announcingChildShards(URI emulator) throws IOException {
    return new KinesisProxy(emulator, 0, Integer.MAX_VALUE, true);
  }

  /** Child shards announced in GetRecords so far. */
  int childShardsAnnounced() {
    return childShardsAnnounced.get();
  }

  /** Passes the first {@code acceptedCalls} PutRecords calls on, then refuses every entry. */
  static KinesisProxy refusingAllAfter(URI emulator, int acceptedCalls) throws IOException {
    return new KinesisProxy(emulator, 0, acceptedCalls, false);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Entries refused so far. */
  long refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      if (announcingChildShards && target != null && !target.endsWith(".PutRecords")) {
        HttpResponse<byte[]> response = forward(exchange, body);
        reply(exchange, response, asAws(exchange, target, body, response));
        return;
      }
      if (target != null
          && target.endsWith(".PutRecords")
          && acceptedCallsLeft.getAndDecrement() <= 0) {
        refuseAll(exchange, body);
        return;
      }
      boolean throttle =
          target != null
              && target.endsWith(".PutRecords")
              && throttledCallsLeft.getAndDecrement() > 0;
      if (!throttle) {
        HttpResponse<byte[]> response = forward(exchange, body);
        reply(exchange, response, response.body());
        return;
      }
      ObjectNode request = (ObjectNode) JSON.readTree(body);
      ArrayNode all = (ArrayNode) request.get("Records");
      ArrayNode kept = JSON.createArrayNode();
      for (int i = 0; i < all.size(); i++) {
        if (i % 3 != 1) {
          kept.add(all.get(i));
        }
      }
      request.set("Records", kept);
      HttpResponse<byte[]> response = forward(exchange, JSON.writeValueAsBytes(request));
      if (response.statusCode() != 200) {
        reply(exchange, response, response.body());
        return;
      }
      JsonNode accepted = JSON.readTree(response.body()).get("Records");
      ArrayNode results = JSON.createArrayNode();
      int next = 0;
      int failed = 0;
      for (int i = 0; i < all.size(); i++) {
        if (i % 3 != 1) {
          results.add(accepted.get(next++));
        } else {
          failed++;
          results.add(
              JSON.createObjectNode()
                  .put("ErrorCode", "ProvisionedThroughputExceededException")
                  .put("ErrorMessage", "Rate exceeded for shard (injected by the test)"));
        }
      }
      refused.addAndGet(failed);
      ObjectNode stitched = JSON.createObjectNode().put("FailedRecordCount", failed);
      stitched.set("Records", results);
      reply(exchange, response, JSON.writeValueAsBytes(stitched));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forwarding", e);
    }
  }

  /** Where an iterator reads: its stream and shard. */
  private record Position(String stream, String shardId) {}

  /**
   * ListShards without the shards made by splits and merges; GetRecords with the closed shard's
   * children at its end; the position of each iterator remembered on the way.
   */
  private byte[] asAws(
      HttpExchange exchange, String target, byte[] body, HttpResponse<byte[]> response)
      throws IOException, InterruptedException {
    if (response.statusCode() != 200) {
      return response.body();
    }
    ObjectNode answer = (ObjectNode) JSON.readTree(response.body());
    JsonNode request = JSON.readTree(body);
    if (target.endsWith(".ListShards")) {
      ArrayNode original = JSON.createArrayNode();
      answer
          .withArray("Shards")
          .forEach(
              shard -> {
                if (!shard.hasNonNull("ParentShardId")) {
                  original.add(shard);
                }
              });
      answer.set("Shards", original);
    } else if (target.endsWith(".GetShardIterator")) {
      positionOfIterator.put(
          answer.get("ShardIterator").asText(),
          new Position(request.get("StreamName").asText(), request.get("ShardId").asText()));
    } else if (target.endsWith(".GetRecords")) {
      Position position = positionOfIterator.get(request.get("ShardIterator").asText());
      if (answer.hasNonNull("NextShardIterator")) {
        positionOfIterator.put(answer.get("NextShardIterator").asText(), position);
      } else if (position != null) {
        answer.set("ChildShards", childrenOf(exchange, position));
      }
    }
    return JSON.writeValueAsBytes(answer);
  }

  /**
   * The shards split or merged from this one, as GetRecords' ChildShards shows them: from the
   * emulator's own ListShards, signed as the GetRecords was.
   */
  private ArrayNode childrenOf(HttpExchange exchange, Position closed)
      throws IOException, InterruptedException {
    HttpRequest listShards =
        HttpRequest.newBuilder(emulator)
            .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
            .header("X-Amz-Date", exchange.getRequestHeaders().getFirst("X-Amz-Date"))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.createObjectNode().put("StreamName", closed.stream()).toString()))
            .header("X-Amz-Target", "Kinesis_20131202.ListShards")
            .header("Content-Type", "application/x-amz-json-1.1")
            .build();
    JsonNode shards =
        JSON.readTree(client.send(listShards, HttpResponse.BodyHandlers.ofByteArray()).body())
            .get("Shards");
    ArrayNode children = JSON.createArrayNode();
    for (JsonNode shard : shards) {
      List<String> parents =
          Stream.of(shard.path("ParentShardId"), shard.path("AdjacentParentShardId"))
              .filter(JsonNode::isTextual)
              .map(JsonNode::asText)
              .toList();
      if (parents.contains(closed.shardId())) {
        ObjectNode child = children.addObject().put("ShardId", shard.get("ShardId").asText());
        ArrayNode parentShards = child.putArray("ParentShards");
        parents.forEach(parentShards::add);
        child.set("HashKeyRange", shard.get("HashKeyRange"));
        childShardsAnnounced.incrementAndGet();
      }
    }
    return children;
  }

  private void refuseAll(HttpExchange exchange, byte[] body) throws IOException {
    ArrayNode all = (ArrayNode) JSON.readTree(body).get("Records");
    ArrayNode results = JSON.createArrayNode();
    for (int i = 0; i < all.size(); i++) {
      results.add(
          JSON.createObjectNode()
              .put("ErrorCode", "ProvisionedThroughputExceededException")
              .put("ErrorMessage", "Rate exceeded for shard (injected by the test)"));
    }
    refused.addAndGet(all.size());
    ObjectNode answer = JSON.createObjectNode().put("FailedRecordCount", all.size());
    answer.set("Records", results);
    byte[] bytes = JSON.writeValueAsBytes(answer);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(emulator.resolve(exchange.getRequestURI().toString()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
              }
            });
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void reply(HttpExchange exchange, HttpResponse<byte[]> response, byte[] body)
      throws IOException {
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      String name = header.getKey().toLowerCase();
      if (!NOT_FORWARDED.contains(name)
          && !name.equals("x-amz-crc32")
          && !name.startsWith(":")
          && !name.equals("transfer-encoding")
          && !name.equals("date")) {
        header
            .getValue()
            .forEach(value -> exchange.getResponseHeaders().add(header.getKey(), value));
      }
    }
    exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops listening (a client then finds the connection refused); again, it does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
    }
  }
}
