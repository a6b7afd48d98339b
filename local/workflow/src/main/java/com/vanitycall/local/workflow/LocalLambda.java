package com.vanitycall.local.workflow;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Step Functions' {@code arn:aws:states:::lambda:invoke}, answered by handlers in this process: the
 * Task's {@code FunctionName} picks the function, its {@code Payload} is the event, and the result
 * has Lambda's shape ({@code Payload}, {@code StatusCode}). Errors reach the state machine under
 * the names a real Lambda task raises: a handler that throws an exception fails the task with the
 * exception's class name (as the Java runtime reports its {@code errorType}); a handler that
 * outruns its function's timeout, or dies of an {@link Error} such as running out of memory, fails
 * it with {@value #UNKNOWN} ("Unhandled errors in Lambda are reported as Lambda.Unknown ... These
 * include out-of-memory errors and function timeouts", Step Functions best practices).
 */
public final class LocalLambda {

  private static final Logger LOG = LogManager.getLogger(LocalLambda.class);

  public static final String INVOKE = "arn:aws:states:::lambda:invoke";

  /** What Step Functions calls a function timeout or a crashed runtime. */
  public static final String UNKNOWN = "Lambda.Unknown";

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Map<String, LocalFunction> functions;
  // each invocation runs on a thread of its own, so that the caller can stop waiting at the
  // function's timeout as Lambda does; idle threads end after a minute
  private final ExecutorService invocations =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "local-lambda-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param functions the functions by the ARN the state machine names them with
   */
  public LocalLambda(Map<String, LocalFunction> functions) {
    this.functions = Map.copyOf(functions);
  }

  public JsonNode invoke(JsonNode parameters) throws TaskFailedException {
    String name = parameters.path("FunctionName").asText();
    LocalFunction function = functions.get(name);
    if (function == null) {
      throw new TaskFailedException(
          "Lambda.ResourceNotFoundException", "no local handler for function " + name);
    }
    byte[] event;
    try {
      event = json.writeValueAsBytes(parameters.path("Payload"));
    } catch (IOException e) {
      throw new TaskFailedException("States.Runtime", "the Payload is not JSON: " + e);
    }
    InvocationContext context =
        new InvocationContext(name, System.nanoTime() + function.timeout().toNanos());
    Future<byte[]> invocation =
        invocations.submit(
            () -> {
              ByteArrayOutputStream output = new ByteArrayOutputStream();
              function.handler().handleRequest(new ByteArrayInputStream(event), output, context);
              return output.toByteArray();
            });
    try {
      byte[] output = invocation.get(function.timeout().toNanos(), TimeUnit.NANOSECONDS);
      ObjectNode result = json.createObjectNode();
      result.put("StatusCode", 200);
      result.put("ExecutedVersion", "$LATEST");
      result.set("Payload", json.readTree(output));
      return result;
    } catch (TimeoutException e) {
      invocation.cancel(true);
      throw failed(
          UNKNOWN,
          context.getAwsRequestId()
              + " Task timed out after "
              + String.format("%.2f", function.timeout().toMillis() / 1000.0)
              + " seconds");
    } catch (ExecutionException e) {
      Throwable error = e.getCause();
      if (error instanceof Error) {
        throw failed(UNKNOWN, "the runtime exited: " + error);
      }
      throw failed(error.getClass().getName(), String.valueOf(error.getMessage()));
    } catch (IOException e) {
      throw failed(
          e.getClass().getName(), "the function's response is not JSON: " + e.getMessage());
    } catch (InterruptedException e) {
      invocation.cancel(true);
      Thread.currentThread().interrupt();
      throw new TaskFailedException("States.Runtime", "interrupted while invoking " + name);
    }
  }

  /**
   * A failed invocation, its cause shaped as Lambda's error payload: the message, and the error's
   * type unless Lambda could not tell it ({@value #UNKNOWN}).
   */
  private TaskFailedException failed(String error, String message) {
    ObjectNode cause = json.createObjectNode();
    cause.put("errorMessage", message);
    if (!error.equals(UNKNOWN)) {
      cause.put("errorType", error);
    }
    return new TaskFailedException(error, cause.toString());
  }

  /** What a handler may ask of its invocation; nothing here is specific to AWS. */
  private record InvocationContext(String functionArn, String requestId, long deadlineNanos)
      implements Context {

    InvocationContext(String functionArn, long deadlineNanos) {
      this(functionArn, UUID.randomUUID().toString(), deadlineNanos);
    }

    @Override
    public String getAwsRequestId() {
      return requestId;
    }

    @Override
    public String getLogGroupName() {
      return "local";
    }

    @Override
    public String getLogStreamName() {
      return "local";
    }

    @Override
    public String getFunctionName() {
      return functionArn.substring(functionArn.lastIndexOf(':') + 1);
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return functionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          LOG.info("{}: {}", getFunctionName(), message.strip());
        }

        @Override
        public void log(byte[] message) {
          log(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
