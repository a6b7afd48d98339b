package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine definition read from its ASL file with its {@code ${Name}} placeholders
 * substituted, as the CDK app substitutes them on AWS. Refuses a placeholder it was given no value
 * for, and a Task resource the local runner cannot run, naming the state.
 */
public final class StateMachineDefinition {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private final JsonNode definition;

  private StateMachineDefinition(JsonNode definition) {
    this.definition = definition;
  }

  public static StateMachineDefinition load(
      Path file, Map<String, String> substitutions, Predicate<String> supportedResource) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state machine " + file, e);
    }
    Set<String> missing = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder substituted = new StringBuilder();
    while (matcher.find()) {
      String value = substitutions.get(matcher.group(1));
      if (value == null) {
        missing.add(matcher.group(1));
        value = matcher.group();
      }
      matcher.appendReplacement(substituted, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(substituted);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(file + " needs values for the placeholders " + missing);
    }
    JsonNode definition;
    try {
      ObjectMapper json = JsonMapper.builder().build();
      definition = json.readTree(substituted.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage(), e);
    }
    List<String> unsupported = new ArrayList<>();
    collectTasks(definition.path("States"))
        .forEach(
            (state, resource) -> {
              if (!supportedResource.test(resource)) {
                unsupported.add(state + " (" + resource + ")");
              }
            });
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": the local runner cannot run the Task states " + unsupported);
    }
    return new StateMachineDefinition(definition);
  }

  public JsonNode json() {
    return definition.deepCopy();
  }

  /** Every Task state, nested ones included, with its resource. */
  private static Map<String, String> collectTasks(JsonNode states) {
    Map<String, String> tasks = new TreeMap<>();
    states
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode state = entry.getValue();
              switch (state.path("Type").asText()) {
                case "Task" -> tasks.put(entry.getKey(), state.path("Resource").asText());
                case "Map" -> {
                  JsonNode processor =
                      state.has("ItemProcessor")
                          ? state.get("ItemProcessor")
                          : state.get("Iterator");
                  tasks.putAll(collectTasks(processor.path("States")));
                }
                case "Parallel" ->
                    state
                        .path("Branches")
                        .forEach(branch -> tasks.putAll(collectTasks(branch.path("States"))));
                default -> {}
              }
            });
    return tasks;
  }
}
