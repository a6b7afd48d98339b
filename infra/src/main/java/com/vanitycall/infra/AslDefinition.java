package com.vanitycall.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine definition in the Amazon States Language (JSONPath), read from its file, with the
 * {@code ${Name}} placeholders it expects and the API actions its Task states call on each of them.
 * The state machine's role is derived from the latter, so it allows what the ASL does and no more;
 * a Task whose resource this class does not know fails the synth, naming the state.
 */
public final class AslDefinition {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
  private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("^\\$\\{(\\w+)}$");
  private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String DYNAMODB = "arn:aws:states:::dynamodb:";
  private static final String SDK_DYNAMODB = "arn:aws:states:::aws-sdk:dynamodb:";

  private final Path file;
  private final String text;
  private final Set<String> placeholders;
  private final Map<String, Set<String>> actionsByPlaceholder = new LinkedHashMap<>();

  private AslDefinition(Path file, String text) {
    this.file = file;
    this.text = text;
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    this.placeholders = Collections.unmodifiableSet(names);
    try {
      collectTasks(new ObjectMapper().readTree(text).path("States"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static AslDefinition load(Path file) {
    return new AslDefinition(file, RepositoryFile.read(file));
  }

  /** The definition exactly as in the file, placeholders included. */
  public String text() {
    return text;
  }

  /** Every {@code ${Name}} the file uses. */
  public Set<String> placeholders() {
    return placeholders;
  }

  /** For each placeholder a Task calls, the IAM actions it calls on it. */
  public Map<String, Set<String>> actionsByPlaceholder() {
    return Collections.unmodifiableMap(actionsByPlaceholder);
  }

  private void collectTasks(JsonNode states) {
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      JsonNode body = state.getValue();
      switch (body.path("Type").asText()) {
        case "Task" -> collectTask(state.getKey(), body);
        case "Map" -> {
          collectTasks(body.path("ItemProcessor").path("States"));
          collectTasks(body.path("Iterator").path("States"));
        }
        case "Parallel" -> body.path("Branches").forEach(b -> collectTasks(b.path("States")));
        default -> {}
      }
    }
  }

  private void collectTask(String state, JsonNode task) {
    String resource = task.path("Resource").asText();
    JsonNode parameters = task.path("Parameters");
    if (resource.startsWith(LAMBDA_INVOKE)) {
      allow(state, parameters.path("FunctionName"), "lambda:InvokeFunction");
    } else if (WHOLE_PLACEHOLDER.matcher(resource).matches()) {
      allow(state, task.path("Resource"), "lambda:InvokeFunction");
    } else if ((resource.startsWith(DYNAMODB) || resource.startsWith(SDK_DYNAMODB))
        && parameters.has("TableName")) {
      String operation = resource.substring(resource.lastIndexOf(':') + 1);
      allow(state, parameters.path("TableName"), "dynamodb:" + capitalised(operation));
    } else {
      throw new IllegalArgumentException(
          file
              + ": state "
              + state
              + " calls "
              + resource
              + ", which the CDK app cannot grant yet (AslDefinition knows Lambda and single-table"
              + " DynamoDB calls)");
    }
  }

  private void allow(String state, JsonNode target, String action) {
    Matcher matcher = WHOLE_PLACEHOLDER.matcher(target.asText());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          file
              + ": state "
              + state
              + " must name its table or function with a ${Placeholder} the CDK app"
              + " substitutes, not '"
              + target.asText()
              + "'");
    }
    actionsByPlaceholder.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(action);
  }

  private static String capitalised(String operation) {
    return Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
  }
}
