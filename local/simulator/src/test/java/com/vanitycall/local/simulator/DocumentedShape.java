package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a Connect test case departs from the shapes Amazon Connect documents (the testing-language
 * pages of the API reference, quoted in docs/contact-flow.md), or relies on behaviour they leave
 * undocumented. A test deployed as a {@code CfnTestCase} must have none: Connect validates a
 * PUBLISHED test case when it is created.
 */
final class DocumentedShape {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEST_KEYS = Set.of("Version", "Metadata", "Observations");
  private static final Set<String> OBSERVATION_KEYS =
      Set.of("Identifier", "Event", "Actions", "Usage", "Transitions");
  private static final Set<String> EVENT_KEYS = Set.of("Identifier", "Type", "Actor", "Properties");
  private static final Set<String> ACTION_KEYS =
      Set.of("Identifier", "Type", "Parameters", "Transitions");

  private final ContactFlow flow;
  private final List<String> departures = new ArrayList<>();

  private DocumentedShape(ContactFlow flow) {
    this.flow = flow;
  }

  /**
   * @return one line per departure, naming where it is; empty when the test keeps to the documented
   *     shapes
   */
  static List<String> departures(Path testFile, ContactFlow flow) {
    try {
      return departures(Files.readString(testFile), flow);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> departures(String testJson, ContactFlow flow) {
    JsonNode test;
    try {
      test = JSON.readTree(testJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DocumentedShape shape = new DocumentedShape(flow);
    shape.checkTest(test);
    return List.copyOf(shape.departures);
  }

  private void checkTest(JsonNode test) {
    keys("the test", test, TEST_KEYS);
    if (!FlowTestCase.VERSION.equals(test.path("Version").asText())) {
      depart("the test", "has a Version other than " + FlowTestCase.VERSION);
    }
    if (!test.path("Metadata").isObject() || !test.path("Metadata").isEmpty()) {
      depart("the test", "has Metadata other than the documented example's {}");
    }
    for (JsonNode observation : test.path("Observations")) {
      String where = observation.path("Identifier").asText();
      keys(where, observation, OBSERVATION_KEYS);
      keys(where + " Transitions", observation.path("Transitions"), Set.of("NextObservations"));
      checkEvent(where, observation.path("Event"));
      for (JsonNode action : observation.path("Actions")) {
        checkAction(where + "/" + action.path("Identifier").asText(), action);
      }
    }
  }

  private void checkEvent(String where, JsonNode event) {
    keys(where + " Event", event, EVENT_KEYS);
    if (!"System".equals(event.path("Actor").asText())) {
      depart(where, "observes an event whose Actor is not System");
    }
    if (!"MessageReceived".equals(event.path("Type").asText())) {
      return;
    }
    JsonNode properties = event.path("Properties");
    keys(where + " Properties", properties, Set.of("Text", "SSML", "MatchingCriteria"));
    if (properties.has("Text") == properties.has("SSML")) {
      depart(where, "must match exactly one of Text and SSML");
    }
    matchesAPrompt(where, properties, "Text");
    matchesAPrompt(where, properties, "SSML");
  }

  /**
   * Inclusion is documented as "the observed message contains the specified text": match Text
   * prompts by Text and SSML prompts by SSML, with a literal part of what the flow's block writes
   * (no attribute, whose resolution in an observed message is not documented).
   */
  private void matchesAPrompt(String where, JsonNode properties, String kind) {
    if (!properties.has(kind)) {
      return;
    }
    String expected = properties.path(kind).asText();
    boolean literalPartOfABlock =
        !expected.contains("$.")
            && flow.actions().stream()
                .filter(block -> block.type().equals("MessageParticipant"))
                .flatMap(block -> block.parameter(kind).stream())
                .anyMatch(prompt -> prompt.contains(expected));
    if (!literalPartOfABlock) {
      depart(
          where, "matches " + kind + " that no " + kind + " prompt of the flow writes literally");
    }
  }

  private void checkAction(String where, JsonNode action) {
    keys(where, action, ACTION_KEYS);
    JsonNode transitions = action.path("Transitions");
    if (!transitions.path("NextAction").isTextual()) {
      depart(where, "has Transitions without the documented NextAction");
    }
    keys(where + " Transitions", transitions, Set.of("NextAction"));
    if (!"OverrideSystemBehavior".equals(action.path("Type").asText())) {
      return;
    }
    JsonNode result =
        action
            .path("Parameters")
            .path("Behavior")
            .path("Properties")
            .path("Strategy")
            .path("Response")
            .path("ExecutionResult");
    if (result.path("DelaySeconds").asLong(0) != 0) {
      depart(where, "delays its mock: whether the block's time limit applies is undocumented");
    }
    try {
      ConnectResponseRules.check(result.path("LoadedData").asText());
    } catch (LambdaInvocationException invalid) {
      depart(
          where,
          "mocks a response Connect's validation would refuse ("
              + invalid.getMessage()
              + "): whether it validates mocks is undocumented");
    }
  }

  private void keys(String where, JsonNode node, Set<String> documented) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!documented.contains(key)) {
                depart(where, "has the undocumented key '" + key + "'");
              }
            });
  }

  private void depart(String where, String why) {
    departures.add("'" + where + "' " + why);
  }
}
