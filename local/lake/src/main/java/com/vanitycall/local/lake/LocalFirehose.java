package com.vanitycall.local.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The Firehose API on loopback, as much of it as the pipeline uses: {@code PutRecordBatch} and
 * {@code PutRecord} (JSON 1.1, {@code X-Amz-Target: Firehose_20150804.*}) into one delivery stream,
 * whose records go to the {@link LakeBuffer}. PersistAndCount reaches it through the real SDK
 * client with an endpoint override, as it reaches Firehose on AWS.
 */
final class LocalFirehose implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(LocalFirehose.class);
  private static final String TARGET_PREFIX = "Firehose_20150804.";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Firehose's own limits of one PutRecordBatch. */
  static final int MAX_RECORDS = 500;

  static final long MAX_RECORD_BYTES = 1_000L * 1024;

  private final String deliveryStream;
  private final LakeBuffer buffer;
  private final HttpServer server;
  private final ExecutorService threads;

  LocalFirehose(String deliveryStream, LakeBuffer buffer) {
    this.deliveryStream = deliveryStream;
    this.buffer = buffer;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the local Firehose endpoint could not listen", e);
    }
    threads =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "local-firehose");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      JsonNode request;
      try (InputStream body = exchange.getRequestBody()) {
        request = JSON.readTree(body);
      }
      if (request == null || !exchange.getRequestMethod().equals("POST")) {
        error(exchange, "SerializationException", "a POST of a JSON body is expected");
        return;
      }
      String operation =
          target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
      String stream = request.path("DeliveryStreamName").asText();
      if (!operation.equals("PutRecordBatch") && !operation.equals("PutRecord")) {
        error(
            exchange, "UnknownOperationException", "the local lake answers only PutRecord(Batch)");
      } else if (!stream.equals(deliveryStream)) {
        error(
            exchange,
            "ResourceNotFoundException",
            "Firehose " + stream + " under account 000000000000 not found.");
      } else if (operation.equals("PutRecord")) {
        String id = put(List.of(request.path("Record"))).get(0);
        answer(exchange, JSON.createObjectNode().put("RecordId", id).put("Encrypted", false));
      } else {
        JsonNode records = request.path("Records");
        if (!records.isArray() || records.isEmpty() || records.size() > MAX_RECORDS) {
          error(
              exchange,
              "InvalidArgumentException",
              "Records must hold 1 to " + MAX_RECORDS + " records");
          return;
        }
        List<JsonNode> all = new ArrayList<>();
        records.forEach(all::add);
        List<String> ids = put(all);
        ObjectNode response = JSON.createObjectNode();
        response.put("FailedPutCount", 0).put("Encrypted", false);
        ArrayNode answers = response.putArray("RequestResponses");
        ids.forEach(id -> answers.addObject().put("RecordId", id));
        answer(exchange, response);
      }
    } catch (IllegalArgumentException e) {
      error(exchange, "InvalidArgumentException", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("the local Firehose endpoint failed a request", e);
      error(exchange, 500, "ServiceUnavailableException", "the local lake failed: " + e);
    }
  }

  /** Buffers the records' data; their ids, in order. */
  private List<String> put(List<JsonNode> records) {
    List<byte[]> data = new ArrayList<>();
    for (JsonNode record : records) {
      byte[] bytes = Base64.getDecoder().decode(record.path("Data").asText());
      if (bytes.length == 0 || bytes.length > MAX_RECORD_BYTES) {
        throw new IllegalArgumentException("a record's Data must hold 1 byte to 1,000 KiB");
      }
      data.add(bytes[bytes.length - 1] == '\n' ? bytes : withNewline(bytes));
    }
    buffer.append(data);
    return data.stream().map(d -> UUID.randomUUID().toString()).toList();
  }

  private static byte[] withNewline(byte[] bytes) {
    byte[] line = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, line, 0, bytes.length);
    line[bytes.length] = '\n';
    return line;
  }

  private static void answer(HttpExchange exchange, JsonNode body) throws IOException {
    send(exchange, 200, body);
  }

  private static void error(HttpExchange exchange, String type, String message) throws IOException {
    error(exchange, 400, type, message);
  }

  private static void error(HttpExchange exchange, int status, String type, String message)
      throws IOException {
    send(exchange, status, JSON.createObjectNode().put("__type", type).put("message", message));
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
