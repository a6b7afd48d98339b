package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A contact flow in Connect's flow language ({@code "Version": "2019-10-30"}), checked when it is
 * read: the blocks the simulator runs, their parameters, and transitions that lead to blocks that
 * exist. Placeholders such as {@code ${VanityLookupFunctionArn}} are substituted first, as the CDK
 * app does.
 */
public final class ContactFlow {

  public static final String VERSION = "2019-10-30";

  static final Set<String> BLOCK_TYPES =
      Set.of(
          "MessageParticipant",
          "InvokeLambdaFunction",
          "Compare",
          "UpdateContactAttributes",
          "DisconnectParticipant");

  private final String startAction;
  private final Map<String, FlowAction> actions;

  private ContactFlow(String startAction, Map<String, FlowAction> actions) {
    this.startAction = startAction;
    this.actions = actions;
  }

  public static ContactFlow read(Path file, Map<String, String> substitutions) {
    try {
      return parse(Files.readString(file), substitutions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the flow " + file, e);
    }
  }

  /**
   * @throws MalformedFlowException naming the block that is malformed or not supported
   */
  public static ContactFlow parse(String json, Map<String, String> substitutions) {
    StringBuilder problem = new StringBuilder();
    JsonNode root =
        SubstitutedJson.read(json, substitutions, problem)
            .orElseThrow(() -> new MalformedFlowException("the flow is not JSON: " + problem));
    if (!VERSION.equals(root.path("Version").asText())) {
      throw new MalformedFlowException("the flow's Version must be " + VERSION);
    }
    Map<String, FlowAction> actions = new LinkedHashMap<>();
    for (JsonNode node : root.path("Actions")) {
      FlowAction action = readAction(node);
      if (actions.put(action.identifier(), action) != null) {
        throw new MalformedFlowException("block '" + action.identifier() + "' is defined twice");
      }
    }
    String start = root.path("StartAction").asText();
    if (!actions.containsKey(start)) {
      throw new MalformedFlowException("StartAction '" + start + "' is not a block of the flow");
    }
    for (FlowAction action : actions.values()) {
      for (String target : action.targets()) {
        if (!actions.containsKey(target)) {
          throw new MalformedFlowException(
              "block '"
                  + action.identifier()
                  + "' leads to '"
                  + target
                  + "', which does not exist");
        }
      }
      FlowBlocks.check(action);
    }
    return new ContactFlow(start, actions);
  }

  private static FlowAction readAction(JsonNode node) {
    String identifier = node.path("Identifier").asText();
    if (identifier.isEmpty()) {
      throw new MalformedFlowException("a block has no Identifier: " + node);
    }
    String type = node.path("Type").asText();
    if (!BLOCK_TYPES.contains(type)) {
      throw new MalformedFlowException(
          "block '" + identifier + "' has type '" + type + "', which the simulator does not run");
    }
    if (!node.path("Parameters").isObject() || !node.path("Transitions").isObject()) {
      throw new MalformedFlowException(
          "block '" + identifier + "' needs Parameters and Transitions objects");
    }
    return new FlowAction(identifier, type, node.get("Parameters"), node.get("Transitions"));
  }

  public FlowAction start() {
    return actions.get(startAction);
  }

  public FlowAction action(String identifier) {
    return actions.get(identifier);
  }

  public Collection<FlowAction> actions() {
    return actions.values();
  }
}
