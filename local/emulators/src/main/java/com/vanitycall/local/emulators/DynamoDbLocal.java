package com.vanitycall.local.emulators;

import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.AbstractLocalDynamoDBServerHandler;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.DynamoDBRequestHandler;

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
      DataDirectory.prepare("DynamoDB Local", dataDir);
      args.addAll(List.of("-dbPath", dataDir.toString(), "-sharedDb"));
    }
    Loopback.requireFree("DynamoDB Local", port, "--emulator-port");
    try {
      DynamoDBProxyServer server =
          ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
      server.start();
      Loopback.awaitListening("DynamoDB Local", port, Duration.ofSeconds(30), () -> true);
      return new DynamoDbLocal(server, port);
    } catch (EmulatorStartException e) {
      throw e;
    } catch (Exception e) {
      throw new EmulatorStartException(
          "DynamoDB Local did not start on port " + port + ": " + Loopback.rootCause(e), e);
    }
  }

  /**
   * DynamoDB Local's request handler behind this server: the same tables, called in this process
   * without HTTP (the local workflow sends its DynamoDB tasks there). DynamoDB Local 3.1.0 offers
   * no accessor, so it is read from the server's fields.
   *
   * @throws EmulatorStartException if this DynamoDB Local version keeps it elsewhere
   */
  public DynamoDBRequestHandler requestHandler() {
    try {
      Field serverHandler = DynamoDBProxyServer.class.getDeclaredField("serverHandler");
      serverHandler.setAccessible(true);
      Field primaryHandler =
          AbstractLocalDynamoDBServerHandler.class.getDeclaredField("primaryHandler");
      primaryHandler.setAccessible(true);
      return (DynamoDBRequestHandler) primaryHandler.get(serverHandler.get(server));
    } catch (ReflectiveOperationException e) {
      throw new EmulatorStartException(
          "this DynamoDB Local does not expose its request handler", e);
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
