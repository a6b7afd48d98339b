package com.vanitycall.local.workflow;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Step Functions' {@code arn:aws:states:::lambda:invoke}, answered by handlers in this process: the
 * Task's {@code FunctionName} picks the handler, its {@code Payload} is the event, and the result
 * has Lambda's shape ({@code Payload}, {@code StatusCode}). A handler that throws fails the task
 * with the exception's class name as the error, as a Java function's error reaches Step Functions.
 */
public final class LocalLambda {

  private static final Logger LOG = LogManager.getLogger(LocalLambda.class);

  public static final String INVOKE = "arn:aws:states:::lambda:invoke";

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Map<String, RequestStreamHandler> functions;

  /**
   * @param functions the handlers by the function ARN the state machine names them with
   */
  public LocalLambda(Map<String, RequestStreamHandler> functions) {
    this.functions = Map.copyOf(functions);
  }

  public JsonNode invoke(JsonNode parameters) throws TaskFailedException {
    String name = parameters.path("FunctionName").asText();
    RequestStreamHandler handler = functions.get(name);
    if (handler == null) {
      throw new TaskFailedException(
          "Lambda.ResourceNotFoundException", "no local handler for function " + name);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      byte[] event = json.writeValueAsBytes(parameters.path("Payload"));
      handler.handleRequest(new ByteArrayInputStream(event), output, new InvocationContext(name));
      ObjectNode result = json.createObjectNode();
      result.put("StatusCode", 200);
      result.put("ExecutedVersion", "$LATEST");
      result.set("Payload", json.readTree(output.toByteArray()));
      return result;
    } catch (IOException | RuntimeException e) {
      ObjectNode cause = json.createObjectNode();
      cause.put("errorMessage", String.valueOf(e.getMessage()));
      cause.put("errorType", e.getClass().getName());
      throw new TaskFailedException(e.getClass().getName(), cause.toString());
    }
  }

  /** What a handler may ask of its invocation; nothing here is specific to AWS. */
  private record InvocationContext(String functionArn) implements Context {

    @Override
    public String getAwsRequestId() {
      return UUID.randomUUID().toString();
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
      return 30_000;
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
