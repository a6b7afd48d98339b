package com.vanitycall.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateMachineDefinitionTest {

  private static final String DEFINITION =
      """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$",
        "ItemProcessor": {"StartAt": "Save", "States": {"Save": {"Type": "Task",
          "Resource": "%s", "Parameters": {"TableName": "${Table}"}, "End": true}}},
        "End": true}}}""";

  @Test
  void placeholders_areSubstitutedEverywhere(@TempDir Path dir) throws IOException {
    Path file = write(dir, "arn:aws:states:::dynamodb:putItem");

    StateMachineDefinition definition =
        StateMachineDefinition.load(file, Map.of("Table", "calls"), LocalTasks::supports);

    assertThat(
            definition
                .json()
                .at("/States/Each/ItemProcessor/States/Save/Parameters/TableName")
                .asText())
        .isEqualTo("calls");
  }

  @Test
  void aPlaceholderWithoutAValue_isRefusedByName(@TempDir Path dir) throws IOException {
    Path file = write(dir, "arn:aws:states:::dynamodb:putItem");

    assertThatThrownBy(() -> StateMachineDefinition.load(file, Map.of(), LocalTasks::supports))
        .hasMessageContaining("[Table]");
  }

  @Test
  void aTaskResourceTheLocalRunnerCannotRun_isRefused_namingTheState(@TempDir Path dir)
      throws IOException {
    Path file = write(dir, "arn:aws:states:::sqs:sendMessage");

    assertThatThrownBy(
            () -> StateMachineDefinition.load(file, Map.of("Table", "t"), LocalTasks::supports))
        .hasMessageContaining("Save (arn:aws:states:::sqs:sendMessage)");
  }

  private static Path write(Path dir, String resource) throws IOException {
    return Files.writeString(dir.resolve("machine.asl.json"), DEFINITION.formatted(resource));
  }
}
