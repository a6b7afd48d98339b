package com.vanitycall.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.connect.ConnectHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * {@code load storm --function NAME}: each call a Lambda Invoke of the deployed Connect handler
 * with the event Amazon Connect sends (a {@code ContactFlowEvent} with the caller's number as the
 * customer endpoint); the answer's {@code source} is read from the response.
 */
public final class LambdaStormTarget implements StormTarget {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LambdaClient lambda;
  private final String function;

  public LambdaStormTarget(LambdaClient lambda, String function) {
    this.lambda = lambda;
    this.function = function;
  }

  @Override
  public String call(String contactId, String callerNumber) {
    InvokeResponse response =
        lambda.invoke(
            b ->
                b.functionName(function)
                    .payload(SdkBytes.fromByteArray(connectEvent(contactId, callerNumber))));
    JsonNode answer = read(response.payload());
    if (response.functionError() != null) {
      throw new StormCallFailedException(
          response.functionError() + " " + answer.path("errorType").asText("?"),
          answer.path("errorMessage").asText(""));
    }
    return answer.path("source").asText("?");
  }

  /** The event Connect's InvokeLambdaFunction block sends, as JSON. */
  static byte[] connectEvent(String contactId, String callerNumber) {
    ObjectNode event = JSON.createObjectNode().put("Name", "ContactFlowEvent");
    ObjectNode details = event.putObject("Details");
    ObjectNode contact = details.putObject("ContactData");
    contact
        .putObject("Attributes")
        .put(ConnectHandler.SYNTHETIC_ATTRIBUTE, Boolean.TRUE.toString());
    contact
        .put("Channel", "VOICE")
        .put("ContactId", contactId)
        .put("InitialContactId", contactId)
        .put("InitiationMethod", "INBOUND");
    contact
        .putObject("CustomerEndpoint")
        .put("Address", callerNumber)
        .put("Type", "TELEPHONE_NUMBER");
    details.putObject("Parameters");
    try {
      return JSON.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(SdkBytes payload) {
    try {
      return payload == null ? JSON.createObjectNode() : JSON.readTree(payload.asByteArray());
    } catch (IOException e) {
      throw new StormCallFailedException("unreadable response", e.getMessage());
    }
  }
}
