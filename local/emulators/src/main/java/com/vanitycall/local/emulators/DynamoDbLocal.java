package com.vanitycall.local.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The official DynamoDB Local, running in this process as an HTTP server, in memory or backed by
 * files in a directory (which survive a restart). It has no option to bind one interface: it
 * listens on all of them, on a port chosen free on loopback.
 */
public final class DynamoDbLocal implements AutoCloseable {

  private final DynamoDBProxyServer server;
  private final int port;

  private DynamoDbLocal(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.port = port;
  }

  public static DynamoDbLocal inMemory() {
    return start(Loopback.freePort(), null);
  }

  /** Keeps the tables in {@code dataDir} (created if missing), so they survive a restart. */
  public static DynamoDbLocal fileBacked(Path dataDir) {
    return start(Loopback.freePort(), dataDir);
  }

  /** Starts on a given port, in memory when {@code dataDir} is null. */
  public static DynamoDbLocal start(int port, Path dataDir) {
    List<String> args =
        new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry"));
    if (dataDir == null) {
      args.add("-inMemory");
    } else {
      try {
        Files.createDirectories(dataDir);
      } catch (java.io.IOException e) {
        throw new EmulatorStartException("cannot create DynamoDB Local's directory " + dataDir, e);
      }
      args.addAll(List.of("-dbPath", dataDir.toString(), "-sharedDb"));
    }
    try {
      DynamoDBProxyServer server =
          ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
      server.start();
      Loopback.awaitListening("DynamoDB Local", port, Duration.ofSeconds(30), () -> true);
      return new DynamoDbLocal(server, port);
    } catch (EmulatorStartException e) {
      throw e;
    } catch (Exception e) {
      throw new EmulatorStartException("DynamoDB Local did not start on port " + port, e);
    }
  }

  public URI endpoint() {
    return URI.create("http://" + Loopback.HOST + ":" + port);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local on port " + port + " did not stop", e);
    }
  }
}
