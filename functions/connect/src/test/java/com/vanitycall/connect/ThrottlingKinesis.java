package com.vanitycall.connect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Kinesis endpoint on loopback that answers every request as a throttled shard does: HTTP 400,
 * ProvisionedThroughputExceededException. kinesalite never throttles; this speaks the real wire
 * format to the real SDK client, so retries and budgets behave as they would on AWS.
 */
final class ThrottlingKinesis implements AutoCloseable {

  private static final byte[] THROTTLED =
      ("{\"__type\":\"ProvisionedThroughputExceededException\","
              + "\"message\":\"Rate exceeded for shard shardId-000000000000\"}")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  ThrottlingKinesis() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("no loopback port for the throttling endpoint", e);
    }
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange
              .getResponseHeaders()
              .add("x-amzn-ErrorType", "ProvisionedThroughputExceededException");
          exchange.sendResponseHeaders(400, THROTTLED.length);
          exchange.getResponseBody().write(THROTTLED);
          exchange.close();
        });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How many PutRecord attempts it refused. */
  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
