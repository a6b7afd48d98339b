package com.vanitycall.local.simulator;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A handler in this process standing in for the Lambda: the event is deserialized with the Lambda
 * runtime's own serializer, the handler runs on a thread of its own, and a handler slower than the
 * block's limit times out as Connect would see it.
 */
public final class HandlerLambda implements Lambdas, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<ConnectEvent, Map<String, String>> handler;
  private final PojoSerializer<ConnectEvent> events =
      LambdaEventSerializers.serializerFor(ConnectEvent.class, ConnectEvent.class.getClassLoader());
  private final ExecutorService runtime =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "simulated-lambda");
            thread.setDaemon(true);
            return thread;
          });

  public HandlerLambda(Function<ConnectEvent, Map<String, String>> handler) {
    this.handler = handler;
  }

  @Override
  public String invoke(String functionArn, String eventJson, Duration limit)
      throws LambdaInvocationException {
    ConnectEvent event =
        events.fromJson(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)));
    Future<Map<String, String>> running = runtime.submit(() -> handler.apply(event));
    try {
      return JSON.writeValueAsString(running.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new LambdaInvocationException("timed out after " + limit.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new LambdaInvocationException("the function failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaInvocationException("interrupted while the function ran", e);
    } catch (JsonProcessingException e) {
      throw new LambdaInvocationException("the response could not be serialized", e);
    }
  }

  @Override
  public void close() {
    runtime.shutdownNow();
  }
}
