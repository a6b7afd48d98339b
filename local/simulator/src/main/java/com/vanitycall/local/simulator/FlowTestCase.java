package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test case in Amazon Connect's testing language ({@code "Version": "2025-06-21"}), checked when
 * it is read against the subset the simulator implements; anything else is refused by name.
 *
 * <p>The subset: events TestInitiated, MessageReceived (Text or SSML, Inclusion matching) and
 * FlowActionStarted; actions OverrideSystemBehavior (InvokeLambdaFunction, MockResponse with an
 * ExecutionResult), Assert (every documented operator) and TestControl EndTest; Usage EXACTLY once.
 */
public record FlowTestCase(String name, List<Observation> observations) {

  public static final String VERSION = "2025-06-21";

  static final Set<String> EVENTS = Set.of("TestInitiated", "MessageReceived", "FlowActionStarted");
  static final Set<String> OPERATORS =
      Set.of(
          "Equals",
          "TextStartsWith",
          "TextEndsWith",
          "TextContains",
          "NumberGreaterThan",
          "NumberGreaterOrEqualTo",
          "NumberLessThan",
          "NumberLessOrEqualTo",
          "Exists");

  public FlowTestCase {
    observations = List.copyOf(observations);
  }

  public static FlowTestCase read(Path file, Map<String, String> substitutions) {
    try {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      return parse(name, Files.readString(file), substitutions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test " + file, e);
    }
  }

  /**
   * @throws UnsupportedTestLanguageException naming what is malformed or not implemented
   */
  public static FlowTestCase parse(String name, String json, Map<String, String> substitutions) {
    StringBuilder problem = new StringBuilder();
    JsonNode root =
        SubstitutedJson.read(json, substitutions, problem)
            .orElseThrow(
                () -> new UnsupportedTestLanguageException(name + " is not JSON: " + problem));
    if (!VERSION.equals(root.path("Version").asText())) {
      throw new UnsupportedTestLanguageException(name + ": the Version must be " + VERSION);
    }
    List<Observation> observations = new ArrayList<>();
    for (JsonNode node : root.path("Observations")) {
      observations.add(readObservation(node));
    }
    if (observations.isEmpty()) {
      throw new UnsupportedTestLanguageException(name + " has no Observations");
    }
    return new FlowTestCase(name, observations);
  }

  private static Observation readObservation(JsonNode node) {
    String id = node.path("Identifier").asText();
    JsonNode event = node.path("Event");
    String type = event.path("Type").asText();
    if (!EVENTS.contains(type)) {
      refuse(id, "waits for event '" + type + "', which the simulator does not produce");
    }
    if (type.equals("MessageReceived")) {
      JsonNode properties = event.path("Properties");
      if (!"Inclusion".equals(properties.path("MatchingCriteria").asText())) {
        refuse(
            id,
            "matches a message by '"
                + properties.path("MatchingCriteria").asText()
                + "'; only Inclusion is simulated");
      }
      if (properties.has("PromptId") || properties.has("Media")) {
        refuse(id, "matches a prompt or media, which the simulator does not play");
      }
    }
    JsonNode usage = node.path("Usage");
    if (!usage.isMissingNode()
        && (!"EXACTLY".equals(usage.path("Type").asText()) || usage.path("Times").asInt(1) != 1)) {
      refuse(id, "has a Usage other than EXACTLY once");
    }
    List<JsonNode> actions = new ArrayList<>();
    for (JsonNode action : node.path("Actions")) {
      checkAction(id, action);
      actions.add(action);
    }
    List<String> next = new ArrayList<>();
    node.path("Transitions").path("NextObservations").forEach(n -> next.add(n.asText()));
    return new Observation(id, event, actions, next);
  }

  private static void checkAction(String observation, JsonNode action) {
    String where = observation + "/" + action.path("Identifier").asText();
    switch (action.path("Type").asText()) {
      case "OverrideSystemBehavior" -> {
        JsonNode properties = action.path("Parameters").path("Behavior").path("Properties");
        if (!"InvokeLambdaFunction".equals(properties.path("ActionType").asText())) {
          refuse(
              where,
              "overrides '"
                  + properties.path("ActionType").asText()
                  + "'; only InvokeLambdaFunction is simulated");
        }
        JsonNode strategy = properties.path("Strategy");
        if (!"MockResponse".equals(strategy.path("Type").asText())
            || !"ExecutionResult".equals(strategy.path("Response").path("Type").asText())) {
          refuse(where, "uses a strategy other than MockResponse with an ExecutionResult");
        }
      }
      case "Assert" -> {
        String operator = action.path("Parameters").path("Operator").asText();
        if (!OPERATORS.contains(operator)) {
          refuse(
              where,
              "asserts with operator '" + operator + "', which is not in the testing language");
        }
      }
      case "TestControl" -> {
        String command = action.path("Parameters").path("Command").path("Type").asText();
        if (!"EndTest".equals(command)) {
          refuse(where, "runs TestControl '" + command + "'; only EndTest is simulated");
        }
      }
      default ->
          refuse(
              where,
              "is an action of type '"
                  + action.path("Type").asText()
                  + "', which the simulator does not run");
    }
  }

  private static void refuse(String where, String why) {
    throw new UnsupportedTestLanguageException("'" + where + "' " + why);
  }
}
