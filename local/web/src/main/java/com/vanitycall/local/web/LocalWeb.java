package com.vanitycall.local.web;

import com.vanitycall.api.ApiHandler;
import com.vanitycall.api.LiveConnectionsHandler;
import com.vanitycall.api.LiveFeedHandler;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackEnvironment;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The page, the API and the live feed of a local stack at one URL: the {@link LocalWebServer} with
 * the API handler over the stack's tables (a random cursor key per start, as {@code
 * CURSOR_SIGNING_KEY}), and the live-feed handler fed by DynamoDB Local's stream of the calls
 * table. Closing it stops the server and the stream reader; the stack is the caller's.
 */
public final class LocalWeb implements AutoCloseable {

  /** The state file's entry for the running stack's page and API. */
  public static final String API_URL = "VANITYCALL_API_URL";

  private final LocalWebServer server;
  private final AwsClients clients;
  private final CallsStreamFeed feed;

  private LocalWeb(LocalWebServer server, AwsClients clients, CallsStreamFeed feed) {
    this.server = server;
    this.clients = clients;
    this.feed = feed;
  }

  /**
   * @param port the page's port ({@code 8080} for {@code ./vanitycall up}); 0 for any free one
   */
  public static LocalWeb start(LocalStack stack, int port) {
    return start(stack, port, LocalWebServer.IDLE_TIMEOUT);
  }

  /**
   * @param liveIdleTimeout how long a live socket may be idle before the server closes it (10
   *     minutes, as API Gateway does; shorter in a test that the page's keep-alive holds)
   */
  public static LocalWeb start(LocalStack stack, int port, Duration liveIdleTimeout) {
    var names = stack.options().names();
    DynamoDbClient dynamo = stack.dynamoDb();
    LocalLiveSockets sockets = new LocalLiveSockets();
    LocalWebServer server =
        LocalWebServer.start(
            port,
            api(dynamo, names.callsTable(), names.analyticsTable()),
            new LiveConnectionsHandler(sockets.connections(), Clock.systemUTC()),
            sockets,
            liveIdleTimeout);
    StackEnvironment environment = new StackEnvironment(stack.environment());
    AwsClients clients = environment.clients();
    try {
      DynamoDbStreamsClient streams =
          clients.client(
              DynamoDbStreamsClient.builder(),
              Optional.of(environment.dynamoDbEndpoint()),
              CallBudget.inBackground());
      String streamArn =
          dynamo.describeTable(b -> b.tableName(names.callsTable())).table().latestStreamArn();
      return new LocalWeb(
          server,
          clients,
          CallsStreamFeed.start(
              streams, streamArn, new LiveFeedHandler(sockets.connections(), sockets)));
    } catch (RuntimeException e) {
      clients.close();
      server.close();
      throw e;
    }
  }

  /** The API handler over these tables, with a fresh random cursor signing key. */
  public static ApiHandler api(DynamoDbClient dynamo, String callsTable, String analyticsTable) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new ApiHandler(
        new DynamoDbCallHistory(dynamo, callsTable, analyticsTable), key, Clock.systemUTC());
  }

  /** The page's address, e.g. {@code http://localhost:8080/}. */
  public URI url() {
    return server.url();
  }

  /** The live feed's WebSocket, e.g. {@code ws://localhost:8080/live}. */
  public URI liveUrl() {
    return server.liveUrl();
  }

  /** Closes every live socket and refuses new ones until {@link #resumeLive()}. */
  public void pauseLive() {
    server.pauseLive();
  }

  public void resumeLive() {
    server.resumeLive();
  }

  @Override
  public void close() {
    feed.close();
    server.close();
    clients.close();
  }
}
