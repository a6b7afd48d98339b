package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One block of a flow: its identifier, type, parameters and transitions, as the flow language
 * writes them.
 */
public record FlowAction(
    String identifier, String type, JsonNode parameters, JsonNode transitions) {

  /**
   * Where the flow goes when the block succeeds without a condition; empty for a terminal block.
   */
  public Optional<String> nextAction() {
    return text(transitions, "NextAction");
  }

  /** Where an error of this type leads, if the block routes it. */
  public Optional<String> errorTarget(String errorType) {
    for (JsonNode error : transitions.path("Errors")) {
      if (errorType.equals(error.path("ErrorType").asText())) {
        return text(error, "NextAction");
      }
    }
    return Optional.empty();
  }

  /** The parameter as text, if present. */
  public Optional<String> parameter(String name) {
    return text(parameters, name);
  }

  /** Every block this one can lead to. */
  List<String> targets() {
    List<String> targets = new ArrayList<>();
    nextAction().ifPresent(targets::add);
    transitions.path("Errors").forEach(e -> text(e, "NextAction").ifPresent(targets::add));
    transitions.path("Conditions").forEach(c -> text(c, "NextAction").ifPresent(targets::add));
    return targets;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
