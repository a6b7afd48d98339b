package com.vanitycall.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * Runs Connect test cases against a flow, locally. Observations become active when the test starts
 * (those no other observation leads to) or when the observation before them matched; each event of
 * the simulated call is matched against the active ones, whose actions then run in order. A test
 * passes when every assertion held and every observation saw its event (or EndTest came first).
 */
public final class FlowTestRunner {

  private final FlowSimulator simulator;

  public FlowTestRunner(ContactFlow flow) {
    this.simulator = new FlowSimulator(flow);
  }

  /**
   * @param unmocked the Lambda to invoke when a test does not override it
   * @param customerAddress the caller's number for the simulated call
   */
  public FlowTestResult run(FlowTestCase test, Lambdas unmocked, String customerAddress) {
    return new Execution(test, unmocked).run(customerAddress);
  }

  private final class Execution implements FlowListener, Lambdas {
    private final FlowTestCase test;
    private final Lambdas unmocked;
    private final Set<String> active = new LinkedHashSet<>();
    private final Set<String> matched = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Queue<JsonNode>> overrides = new HashMap<>();

    Execution(FlowTestCase test, Lambdas unmocked) {
      this.test = test;
      this.unmocked = unmocked;
      Set<String> led = new HashSet<>();
      test.observations().forEach(o -> led.addAll(o.next()));
      test.observations().stream()
          .map(Observation::identifier)
          .filter(id -> !led.contains(id))
          .forEach(active::add);
    }

    FlowTestResult run(String customerAddress) {
      boolean[] ended = {false};
      SimulatedCall call =
          simulator.call(
              customerAddress,
              this,
              (event, contact) -> {
                boolean going = onEvent(event, contact);
                ended[0] |= !going;
                return going;
              });
      if (!ended[0]) {
        test.observations().stream()
            .map(Observation::identifier)
            .filter(id -> !matched.contains(id))
            .forEach(
                id ->
                    failures.add(
                        "observation '" + id + "' never saw its event (Connect would time out)"));
      }
      return new FlowTestResult(test.name(), failures, call);
    }

    @Override
    public boolean onEvent(FlowEvent event, ContactState contact) {
      Iterator<String> candidates = new ArrayList<>(active).iterator();
      while (candidates.hasNext()) {
        Observation observation = observation(candidates.next());
        if (matches(observation.event(), event)) {
          active.remove(observation.identifier());
          matched.add(observation.identifier());
          boolean going = runActions(observation, contact);
          observation.next().stream().filter(id -> !matched.contains(id)).forEach(active::add);
          return going;
        }
      }
      return true;
    }

    private Observation observation(String id) {
      return test.observations().stream()
          .filter(o -> o.identifier().equals(id))
          .findFirst()
          .orElseThrow(
              () ->
                  new UnsupportedTestLanguageException(
                      "no observation '" + id + "' in " + test.name()));
    }

    private boolean matches(JsonNode expected, FlowEvent actual) {
      JsonNode properties = expected.path("Properties");
      String type = expected.path("Type").asText();
      if (actual instanceof FlowEvent.MessageReceived message) {
        return type.equals("MessageReceived")
            && includes(message.text(), properties.path("Text"))
            && includes(message.ssml(), properties.path("SSML"));
      }
      if (actual instanceof FlowEvent.FlowActionStarted block) {
        return type.equals("FlowActionStarted")
            && properties.path("ActionType").asText().strip().equals(block.actionType())
            && parametersInclude(block.actionParameters(), properties.path("ActionParameters"));
      }
      return type.equals("TestInitiated");
    }

    private static boolean includes(String actual, JsonNode expected) {
      if (expected.isMissingNode()) {
        return true;
      }
      return actual != null && normal(actual).contains(normal(expected.asText()));
    }

    private static String normal(String text) {
      return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean parametersInclude(JsonNode actual, JsonNode expected) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        if (!field.getValue().asText().equals(actual.path(field.getKey()).asText())) {
          return false;
        }
      }
      return true;
    }

    /**
     * @return false when an EndTest ran
     */
    private boolean runActions(Observation observation, ContactState contact) {
      for (JsonNode action : observation.actions()) {
        String where = observation.identifier() + "/" + action.path("Identifier").asText();
        switch (action.path("Type").asText()) {
          case "OverrideSystemBehavior" -> override(action);
          case "Assert" -> check(where, action.path("Parameters"), contact);
          case "TestControl" -> {
            return false;
          }
          default -> throw new UnsupportedTestLanguageException("'" + where + "' cannot run");
        }
      }
      return true;
    }

    private void override(JsonNode action) {
      JsonNode properties = action.path("Parameters").path("Behavior").path("Properties");
      String arn = properties.path("ActionParameters").path("LambdaFunctionARN").asText();
      overrides
          .computeIfAbsent(arn, key -> new ArrayDeque<>())
          .add(properties.path("Strategy").path("Response").path("ExecutionResult"));
    }

    private void check(String where, JsonNode assertion, ContactState contact) {
      String namespace = assertion.path("Namespace").asText();
      String operator = assertion.path("Operator").asText();
      String operand = assertion.path("Operand").asText();
      Optional<String> value;
      try {
        value = contact.resolve(namespace);
      } catch (MalformedFlowException unknownPath) {
        throw new UnsupportedTestLanguageException("'" + where + "': " + unknownPath.getMessage());
      }
      if (!holds(operator, value, operand)) {
        failures.add(
            "'"
                + where
                + "': expected "
                + namespace
                + " "
                + operator
                + (operator.equals("Exists") ? "" : " '" + operand + "'")
                + ", was "
                + value.map(v -> "'" + v + "'").orElse("unset"));
      }
    }

    private static boolean holds(String operator, Optional<String> value, String operand) {
      if (operator.equals("Exists")) {
        return value.isPresent();
      }
      if (value.isEmpty()) {
        return false;
      }
      String actual = value.get();
      return switch (operator) {
        case "Equals" -> actual.equals(operand);
        case "TextStartsWith" -> actual.startsWith(operand);
        case "TextEndsWith" -> actual.endsWith(operand);
        case "TextContains" -> actual.contains(operand);
        default -> compareNumbers(operator, actual, operand);
      };
    }

    private static boolean compareNumbers(String operator, String actual, String operand) {
      int order;
      try {
        order = new BigDecimal(actual).compareTo(new BigDecimal(operand));
      } catch (NumberFormatException notNumbers) {
        return false;
      }
      return switch (operator) {
        case "NumberGreaterThan" -> order > 0;
        case "NumberGreaterOrEqualTo" -> order >= 0;
        case "NumberLessThan" -> order < 0;
        case "NumberLessOrEqualTo" -> order <= 0;
        default -> throw new UnsupportedTestLanguageException("no operator '" + operator + "'");
      };
    }

    @Override
    public String invoke(String functionArn, String eventJson, Duration limit)
        throws LambdaInvocationException {
      Queue<JsonNode> queued = overrides.get(functionArn);
      JsonNode mocked = queued == null ? null : queued.poll();
      if (mocked == null) {
        return unmocked.invoke(functionArn, eventJson, limit);
      }
      long delaySeconds = mocked.path("DelaySeconds").asLong(0);
      if (delaySeconds > limit.toSeconds()) {
        throw new LambdaInvocationException(
            "timed out after "
                + limit.toSeconds()
                + " s (the mock answers after "
                + delaySeconds
                + " s)");
      }
      return mocked.path("LoadedData").asText();
    }
  }
}
