package com.vanitycall.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The npm ASL engine as the local runner drives it: the Amazon States Language semantics the call
 * pipeline relies on, with Task states answered by Java.
 */
class NodeAslEngineIT {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Path NODE_TOOLS = ProjectHome.locate().resolve("local/node");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void aFilterThatMatchesNothing_yieldsAnEmptyList_asOnAws() throws Exception {
    JsonNode definition =
        json(
            """
            {"StartAt": "Pick", "States": {"Pick": {"Type": "Pass",
              "Parameters": {"none.$": "$[?(@.failed)]", "one.$": "$.items[?(@.failed)]"},
              "End": true}}}""");
    try (NodeAslEngine engine = NodeAslEngine.start(NODE_TOOLS, definition, request -> null)) {
      JsonNode output =
          engine.execute(json("{\"items\": [{\"failed\": \"a\"}, {\"ok\": 1}]}"), TIMEOUT);

      assertThat(output.get("none").isArray()).isTrue();
      assertThat(output.get("none")).isEmpty();
      assertThat(output.get("one").toString()).isEqualTo("[{\"failed\":\"a\"}]");
    }
  }

  @Test
  void anEngineWhoseProcessWasKilled_failsExecutions_namingItsExitCode() throws Exception {
    JsonNode definition =
        json("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    try (NodeAslEngine engine = NodeAslEngine.start(NODE_TOOLS, definition, request -> null)) {
      ProcessHandle.of(engine.pid()).orElseThrow().destroyForcibly();
      engine.onExit().get(30, TimeUnit.SECONDS);
      await().atMost(TIMEOUT).until(engine::stopped);

      assertThatThrownBy(() -> engine.execute(json("{}"), TIMEOUT))
          .isInstanceOf(ExecutionFailedException.class)
          .hasMessageContaining("the ASL engine stopped (exit 137)");
    }
  }

  @Test
  void aTaskError_isRetried_thenCaught_withItsNameAndCause() throws Exception {
    JsonNode definition =
        json(
            """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                "Parameters": {"TableName": "t"},
                "Retry": [{"ErrorEquals": ["DynamoDB.ThrottlingException"], "IntervalSeconds": 1,
                           "MaxAttempts": 1, "BackoffRate": 2, "JitterStrategy": "FULL"}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure",
                           "Next": "Caught"}],
                "End": true},
              "Caught": {"Type": "Pass", "End": true}}}""");
    int[] calls = {0};
    TaskRunner throttled =
        request -> {
          synchronized (calls) {
            calls[0]++;
          }
          throw new TaskFailedException("DynamoDB.ThrottlingException", "slow down");
        };
    try (NodeAslEngine engine = NodeAslEngine.start(NODE_TOOLS, definition, throttled)) {
      JsonNode output = engine.execute(json("{\"id\": 1}"), TIMEOUT);

      assertThat(calls[0]).isEqualTo(2);
      assertThat(output.at("/failure/Error").asText()).isEqualTo("DynamoDB.ThrottlingException");
      assertThat(output.at("/failure/Cause").asText()).isEqualTo("slow down");
      assertThat(output.at("/id").asInt()).isEqualTo(1);
    }
  }

  @Test
  void anUncaughtError_failsTheExecution_withItsName() throws Exception {
    JsonNode definition =
        json(
            """
            {"StartAt": "Call", "States": {"Call": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
              "End": true}}}""");
    TaskRunner failing =
        request -> {
          throw new TaskFailedException("java.lang.IllegalStateException", "broken");
        };
    try (NodeAslEngine engine = NodeAslEngine.start(NODE_TOOLS, definition, failing)) {
      assertThatThrownBy(() -> engine.execute(json("{}"), TIMEOUT))
          .isInstanceOf(ExecutionFailedException.class)
          .hasMessageContaining("java.lang.IllegalStateException");
    }
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
