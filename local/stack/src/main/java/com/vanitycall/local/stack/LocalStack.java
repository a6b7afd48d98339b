package com.vanitycall.local.stack;

import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.KinesisEmulator;
import com.vanitycall.local.emulators.LocalResources;
import com.vanitycall.local.emulators.Loopback;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Everything the pipeline needs on one machine, on loopback: DynamoDB Local and the Kinesis
 * emulator (in memory or file-backed), the stream and tables, and the environment the handlers are
 * configured from. {@link #close()} stops it all, children included.
 */
public final class LocalStack implements AutoCloseable {

  public static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
  public static final String KINESIS_ENDPOINT = "AWS_ENDPOINT_URL_KINESIS";
  public static final Region REGION = Region.US_EAST_1;

  private final StackOptions options;
  private final Map<String, String> environment;
  private final LocalClients clients;
  private final Deque<AutoCloseable> running;

  private LocalStack(
      StackOptions options,
      Map<String, String> environment,
      LocalClients clients,
      Deque<AutoCloseable> running) {
    this.options = options;
    this.environment = environment;
    this.clients = clients;
    this.running = running;
  }

  /** A throwaway stack: in memory, free ports, default names. */
  public static LocalStack inMemory() {
    return start(StackOptions.inMemory());
  }

  public static LocalStack start(StackOptions options) {
    Deque<AutoCloseable> running = new ArrayDeque<>();
    try {
      int base = options.basePort();
      DynamoDbLocal dynamo =
          DynamoDbLocal.start(
              base == 0 ? Loopback.freePort() : base,
              options.inMemoryMode() ? null : options.dataDir().resolve("dynamodb"));
      running.push(dynamo);
      KinesisEmulator kinesis =
          KinesisEmulator.start(
              base == 0 ? Loopback.freePort() : base + 1,
              options.inMemoryMode() ? null : options.dataDir().resolve("kinesis"));
      running.push(kinesis);
      LocalClients clients = LocalClients.connect(dynamo.endpoint(), kinesis.endpoint(), REGION);
      running.push(clients);
      new LocalResources(clients.dynamo(), clients.kinesis())
          .createAll(options.names(), options.shards());

      Map<String, String> environment = new HashMap<>(options.names().asEnvironment());
      environment.put("AWS_REGION", REGION.id());
      environment.put(DYNAMODB_ENDPOINT, dynamo.endpoint().toString());
      environment.put(KINESIS_ENDPOINT, kinesis.endpoint().toString());
      environment.put("AWS_ACCESS_KEY_ID", "local");
      environment.put("AWS_SECRET_ACCESS_KEY", "local");
      return new LocalStack(options, Map.copyOf(environment), clients, running);
    } catch (RuntimeException e) {
      closeAll(running, e);
      throw e;
    }
  }

  /**
   * The environment of the stack {@code ./vanitycall up} is running, if one is; a stale state file
   * (process gone, ports closed) counts as none.
   */
  public static Optional<Map<String, String>> discoverRunning() {
    return StackStateFile.atDefaultLocation().readLive();
  }

  /**
   * What the handlers are configured from: the stream and table names, region, endpoint overrides
   * and the emulators' dummy credentials.
   */
  public Map<String, String> environment() {
    return environment;
  }

  public StackOptions options() {
    return options;
  }

  LocalClients clients() {
    return clients;
  }

  /** Stops everything in the reverse order of starting; every part is stopped even if one fails. */
  @Override
  public void close() {
    RuntimeException failure = new IllegalStateException("the local stack did not stop cleanly");
    closeAll(running, failure);
    if (failure.getSuppressed().length > 0) {
      throw failure;
    }
  }

  private static void closeAll(Deque<AutoCloseable> running, RuntimeException collector) {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        collector.addSuppressed(e);
      }
    }
  }
}
