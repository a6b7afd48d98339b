package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests the CDK app deploys as Connect test cases keep to the documented shapes; the ones kept
 * for the simulator alone are there because they rely on something undocumented.
 */
class DocumentedShapeTest {

  private static final ContactFlow FLOW = ShippedFlow.flow();

  static Stream<Path> deployed() {
    return ShippedFlow.deployedTestFiles().stream();
  }

  static Stream<Path> simulatorOnly() {
    return ShippedFlow.simulatorOnlyTestFiles().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployed")
  void eachDeployedTest_usesOnlyTheDocumentedShapes(Path file) {
    assertThat(DocumentedShape.departures(file, FLOW)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("simulatorOnly")
  void eachSimulatorOnlyTest_reliesOnSomethingUndocumented(Path file) {
    assertThat(DocumentedShape.departures(file, FLOW)).isNotEmpty();
  }

  @Test
  void theShapesTheTestsOnceHad_areEachNamed() {
    String json =
        """
        {"Version": "2025-06-21", "Metadata": {"name": "t", "description": "d"}, "Observations": [
          {"Identifier": "call-starts",
           "Event": {"Identifier": "e", "Type": "TestInitiated", "Actor": "System", "Properties": {}},
           "Actions": [{"Identifier": "slow", "Type": "OverrideSystemBehavior",
             "Parameters": {"ActionType": "OverrideSystemBehavior", "Behavior": {"Type": "FlowAction",
               "Properties": {"ActionType": "InvokeLambdaFunction", "ActionParameters": {},
                 "Strategy": {"Type": "MockResponse", "Response": {"Type": "ExecutionResult",
                   "ExecutionResult": {"DelaySeconds": 4, "LoadedData": "{\\"v\\":\\"FLOW<ERS\\"}"}}}}}},
             "Transitions": {"NextAction": ""}}],
           "Transitions": {"NextObservations": ["answer"]}},
          {"Identifier": "answer",
           "Event": {"Identifier": "e2", "Type": "MessageReceived", "Actor": "System",
             "Properties": {"Text": "Option one: 1800, flowers", "MatchingCriteria": "Inclusion"}},
           "Actions": [{"Identifier": "end", "Type": "TestControl",
             "Parameters": {"ActionType": "TestControl", "Command": {"Type": "EndTest"}},
             "Transitions": {}}],
           "Transitions": {"NextObservations": []}}]}
        """;

    assertThat(DocumentedShape.departures(json, FLOW))
        .containsExactly(
            "'the test' has Metadata other than the documented example's {}",
            "'call-starts/slow' delays its mock: whether the block's time limit applies is"
                + " undocumented",
            "'call-starts/slow' mocks a response Connect's validation would refuse (the value of"
                + " 'v' holds '<': Connect allows only letters, digits, dash and underscore):"
                + " whether it validates mocks is undocumented",
            "'answer' matches Text that no Text prompt of the flow writes literally",
            "'answer/end' has Transitions without the documented NextAction");
  }
}
