package com.vanitycall.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the deployed state machine must be, checked on the file itself. */
class CallPipelineDefinitionTest {

  private static final Path HOME = ProjectHome.locate();
  private static final Path FILE = HOME.resolve(LocalWorkflow.DEFINITION);

  @Test
  void theDefinition_passesAslValidator() throws Exception {
    Process validator =
        new ProcessBuilder(
                HOME.resolve("local/node/node_modules/.bin/asl-validator").toString(),
                "--json-path",
                FILE.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(validator.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(validator.exitValue()).as("asl-validator said:%n%s", output).isZero();
  }

  @Test
  void theDefinition_namesItsResourcesOnlyWithThePlaceholdersTheCdkAppSubstitutes()
      throws IOException {
    Set<String> placeholders = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\$\\{(\\w+)}").matcher(Files.readString(FILE));
    while (matcher.find()) {
      placeholders.add(matcher.group(1));
    }

    assertThat(placeholders)
        .containsExactlyInAnyOrder(
            "DeepScoreFunctionArn",
            "PersistAndCountFunctionArn",
            "VanityCacheTable",
            "DeadLettersTable");
  }

  @Test
  void everyTask_retriesWithBackoffAndJitter_andEveryTaskOfAnIteration_catchesEverything()
      throws IOException {
    JsonNode definition = JsonMapper.builder().build().readTree(FILE.toFile());
    Map<String, JsonNode> tasks = tasks(definition);
    List<String> problems = new ArrayList<>();
    tasks.forEach(
        (name, task) -> {
          if (task.path("Retry").isEmpty()) {
            problems.add(name + " has no Retry");
          }
          task.path("Retry")
              .forEach(
                  retrier -> {
                    if (retrier.path("BackoffRate").asDouble() <= 1
                        || !retrier.path("JitterStrategy").asText().equals("FULL")) {
                      problems.add(name + " retries without backoff and jitter");
                    }
                  });
          JsonNode catchers = task.path("Catch");
          boolean inTheMap = !definition.path("States").has(name);
          if (inTheMap
              && (catchers.isEmpty()
                  || !catchers
                      .get(catchers.size() - 1)
                      .path("ErrorEquals")
                      .toString()
                      .contains("States.ALL"))) {
            problems.add(name + " does not end its Catch with States.ALL");
          }
        });

    assertThat(tasks).containsKeys("DeepScore", "RefreshCache", "PersistAndCount");
    assertThat(problems).isEmpty();
    assertThat(definition.at("/States/PersistAndCount/Catch").isMissingNode())
        .as("a failed PersistAndCount fails the execution, so that the pipe retries the batch")
        .isTrue();
  }

  private static Map<String, JsonNode> tasks(JsonNode definition) {
    Map<String, JsonNode> tasks = new TreeMap<>();
    definition
        .path("States")
        .fields()
        .forEachRemaining(
            state -> {
              if (state.getValue().path("Type").asText().equals("Task")) {
                tasks.put(state.getKey(), state.getValue());
              }
              tasks.putAll(tasks(state.getValue().path("ItemProcessor")));
            });
    return tasks;
  }
}
