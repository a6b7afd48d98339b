package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a contact flow for one call as Connect would, block by block: messages are "played" (kept as
 * the words the caller hears), the Lambda is invoked with a realistic ContactFlowEvent and its
 * response checked against Connect's rules, {@code $.External.*} and {@code $.Attributes.*} are
 * resolved, and errors take the block's error branch.
 */
public final class FlowSimulator {

  /** More blocks than this without a disconnect is a loop. */
  static final int MAX_BLOCKS = 100;

  private final ContactFlow flow;

  public FlowSimulator(ContactFlow flow) {
    this.flow = flow;
  }

  /**
   * @param customerAddress the caller's number as the network gives it; null when there is none
   */
  public SimulatedCall call(String customerAddress, Lambdas lambdas, FlowListener listener) {
    return new Run(
            new ContactState(UUID.randomUUID().toString(), customerAddress), lambdas, listener)
        .run();
  }

  private final class Run {
    private final ContactState contact;
    private final Lambdas lambdas;
    private final FlowListener listener;
    private final List<String> path = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private Map<String, String> lambdaResponse;
    private String lambdaError;

    Run(ContactState contact, Lambdas lambdas, FlowListener listener) {
      this.contact = contact;
      this.lambdas = lambdas;
      this.listener = listener;
    }

    SimulatedCall run() {
      FlowAction action = flow.start();
      boolean going = listener.onEvent(new FlowEvent.TestInitiated(), contact);
      while (going && action != null) {
        if (path.size() == MAX_BLOCKS) {
          throw new MalformedFlowException(
              "the flow ran "
                  + MAX_BLOCKS
                  + " blocks without disconnecting; last: "
                  + path.get(path.size() - 1));
        }
        path.add(action.identifier());
        going =
            listener.onEvent(
                new FlowEvent.FlowActionStarted(action.type(), action.parameters()), contact);
        if (going) {
          Step step = step(action);
          going = step.going();
          action = step.next().map(flow::action).orElse(null);
        }
      }
      return new SimulatedCall(
          contact.contactId(),
          path,
          heard,
          Optional.ofNullable(lambdaResponse),
          Optional.ofNullable(lambdaError),
          contact.attributes());
    }

    private Step step(FlowAction action) {
      return switch (action.type()) {
        case "MessageParticipant" -> play(action);
        case "InvokeLambdaFunction" -> invoke(action);
        case "Compare" -> compare(action);
        case "UpdateContactAttributes" -> update(action);
        case "DisconnectParticipant" -> new Step(true, Optional.empty());
        default ->
            throw new MalformedFlowException("block '" + action.identifier() + "' cannot run");
      };
    }

    private Step play(FlowAction action) {
      Optional<String> ssml = action.parameter("SSML").map(contact::interpolate);
      String spoken =
          ssml.orElseGet(() -> contact.interpolate(action.parameter("Text").orElseThrow()));
      heard.add(Speech.heard(spoken));
      boolean going =
          listener.onEvent(
              new FlowEvent.MessageReceived(Speech.textOf(spoken), ssml.orElse(null)), contact);
      return new Step(going, action.nextAction());
    }

    private Step invoke(FlowAction action) {
      Duration limit =
          Duration.ofSeconds(action.parameters().path("InvocationTimeLimitSeconds").asInt());
      Map<String, String> parameters = new LinkedHashMap<>();
      action
          .parameters()
          .path("LambdaInvocationAttributes")
          .fields()
          .forEachRemaining(
              f -> parameters.put(f.getKey(), contact.interpolate(f.getValue().asText())));
      try {
        String response =
            lambdas.invoke(
                action.parameter("LambdaFunctionARN").orElseThrow(),
                ContactFlowEvent.json(contact, parameters),
                limit);
        lambdaResponse = ConnectResponseRules.check(response);
        contact.replaceExternal(lambdaResponse);
        return new Step(true, action.nextAction());
      } catch (LambdaInvocationException e) {
        lambdaError = e.getMessage();
        return new Step(true, errorBranch(action, "NoMatchingError"));
      }
    }

    private Step compare(FlowAction action) {
      Optional<String> value =
          contact.resolve(action.parameters().path("ComparisonValue").asText());
      for (JsonNode condition : action.transitions().path("Conditions")) {
        JsonNode operands = condition.path("Condition").path("Operands");
        if (value.isPresent()
            && operands.size() == 1
            && value.get().equals(operands.get(0).asText())) {
          return new Step(true, Optional.of(condition.path("NextAction").asText()));
        }
      }
      return new Step(true, errorBranch(action, "NoMatchingCondition").or(action::nextAction));
    }

    private Step update(FlowAction action) {
      var attributes = action.parameters().path("Attributes").fields();
      while (attributes.hasNext()) {
        var attribute = attributes.next();
        String value = attribute.getValue().asText();
        Optional<String> resolved =
            value.startsWith("$.") ? contact.resolve(value) : Optional.of(value);
        if (resolved.isEmpty()) {
          return new Step(true, errorBranch(action, "NoMatchingError"));
        }
        contact.setAttribute(attribute.getKey(), resolved.get());
      }
      return new Step(true, action.nextAction());
    }

    /** Connect disconnects a contact whose error has no branch; so does the simulator. */
    private Optional<String> errorBranch(FlowAction action, String errorType) {
      return action.errorTarget(errorType);
    }
  }

  private record Step(boolean going, Optional<String> next) {}
}
