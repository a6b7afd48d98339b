package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AslDefinitionTest {
  @TempDir Path dir;

  @Test
  void tasks_inMapsAndParallels_grantExactlyTheirApiActionsPerPlaceholder() throws IOException {
    AslDefinition asl =
        load(
            """
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "Next": "Summarise", "ItemProcessor": {"StartAt": "Score", "States": {
                "Score": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "${Scorer}", "Payload.$": "$"}, "Next": "Both"},
                "Both": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Save", "States": {"Save": {"Type": "Task",
                    "Resource": "arn:aws:states:::dynamodb:putItem",
                    "Parameters": {"TableName": "${Calls}", "Item": {}}, "End": true}}},
                  {"StartAt": "Count", "States": {"Count": {"Type": "Task",
                    "Resource": "arn:aws:states:::aws-sdk:dynamodb:updateItem",
                    "Parameters": {"TableName": "${Counters}", "Key": {}}, "End": true}}}]}}}},
              "Summarise": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "${Summariser}", "Payload.$": "$"}, "End": true}}}
            """);

    assertThat(asl.placeholders())
        .containsExactlyInAnyOrder("Scorer", "Calls", "Counters", "Summariser");
    assertThat(asl.actionsByPlaceholder())
        .isEqualTo(
            Map.of(
                "Scorer", Set.of("lambda:InvokeFunction"),
                "Calls", Set.of("dynamodb:PutItem"),
                "Counters", Set.of("dynamodb:UpdateItem"),
                "Summariser", Set.of("lambda:InvokeFunction")));
  }

  @Test
  void callPipeline_invokesBothFunctions_andWritesOnlyTheCacheAndTheDeadLetters() {
    AslDefinition asl =
        AslDefinition.load(
            SynthesizedApp.REPO_ROOT.resolve("state-machines/call-pipeline.asl.json"));

    assertThat(asl.actionsByPlaceholder())
        .isEqualTo(
            Map.of(
                "DeepScoreFunctionArn", Set.of("lambda:InvokeFunction"),
                "PersistAndCountFunctionArn", Set.of("lambda:InvokeFunction"),
                "VanityCacheTable", Set.of("dynamodb:PutItem"),
                "DeadLettersTable", Set.of("dynamodb:PutItem")));
  }

  @Test
  void aTaskOnAServiceTheAppCannotGrant_failsTheSynth_namingTheState() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    {"StartAt": "Send", "States": {"Send": {"Type": "Task",
                      "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Parameters": {"QueueUrl": "${Queue}"}, "End": true}}}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state Send")
        .hasMessageContaining("sqs:sendMessage");
  }

  @Test
  void aTransactionTask_failsTheSynth_namingTheState() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    {"StartAt": "Persist", "States": {"Persist": {"Type": "Task",
                      "Resource": "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
                      "Parameters": {"TransactItems": [{"Put": {"TableName": "${Calls}"}}]},
                      "End": true}}}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state Persist")
        .hasMessageContaining("transactWriteItems");
  }

  @Test
  void aTableNamedLiterally_failsTheSynth_askingForAPlaceholder() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    {"StartAt": "Save", "States": {"Save": {"Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:putItem",
                      "Parameters": {"TableName": "calls", "Item": {}}, "End": true}}}
                    """))
        .hasMessageContaining("state Save")
        .hasMessageContaining("${Placeholder}");
  }

  private AslDefinition load(String json) throws IOException {
    Path file = dir.resolve("machine.asl.json");
    Files.writeString(file, json);
    return AslDefinition.load(file);
  }
}
