package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** The parameters each block type may have in the subset the simulator runs. */
final class FlowBlocks {

  private FlowBlocks() {}

  static void check(FlowAction action) {
    JsonNode parameters = action.parameters();
    switch (action.type()) {
      case "MessageParticipant" -> {
        if (parameters.has("Text") == parameters.has("SSML")) {
          refuse(action, "needs exactly one of Text or SSML (prompts and media are not simulated)");
        }
      }
      case "InvokeLambdaFunction" -> checkLambda(action, parameters);
      case "Compare" -> {
        if (!parameters.path("ComparisonValue").asText().startsWith("$.")) {
          refuse(action, "needs a ComparisonValue that is a $. path");
        }
        for (JsonNode condition : action.transitions().path("Conditions")) {
          if (!"Equals".equals(condition.path("Condition").path("Operator").asText())) {
            refuse(action, "uses a condition operator other than Equals");
          }
        }
      }
      case "UpdateContactAttributes" -> {
        if (!"Current".equals(parameters.path("TargetContact").asText("Current"))
            || !parameters.path("Attributes").isObject()) {
          refuse(action, "needs Attributes and TargetContact Current");
        }
      }
      case "DisconnectParticipant" -> {
        if (action.nextAction().isPresent()) {
          refuse(action, "is terminal and cannot have a NextAction");
        }
      }
      default -> refuse(action, "has a type the simulator does not run");
    }
  }

  private static void checkLambda(FlowAction action, JsonNode parameters) {
    if (action.parameter("LambdaFunctionARN").isEmpty()) {
      refuse(action, "needs a LambdaFunctionARN");
    }
    int limit = parameters.path("InvocationTimeLimitSeconds").asInt(-1);
    if (limit < 1 || limit > 8) {
      refuse(action, "needs InvocationTimeLimitSeconds from 1 to 8");
    }
    if (!"SYNCHRONOUS".equals(parameters.path("InvocationType").asText("SYNCHRONOUS"))) {
      refuse(action, "is asynchronous, which the simulator does not run");
    }
    if (!"STRING_MAP".equals(parameters.path("ResponseValidation").path("ResponseType").asText())) {
      refuse(action, "must validate the response as STRING_MAP (JSON responses are not simulated)");
    }
  }

  private static void refuse(FlowAction action, String why) {
    throw new MalformedFlowException(
        "block '" + action.identifier() + "' (" + action.type() + ") " + why);
  }
}
