package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flow's Connect-language tests, run locally by the simulator: those deployed as Connect test
 * cases (contact-flows/tests) and those only the simulator runs (contact-flows/simulator-tests).
 */
class ConnectTestFilesTest {

  private static final Lambdas NOT_MOCKED =
      (arn, event, limit) -> {
        throw new AssertionError(
            "every shipped test mocks the Lambda, but " + arn + " was invoked");
      };

  private final FlowTestRunner runner = new FlowTestRunner(ShippedFlow.flow());

  static Stream<Path> testFiles() {
    return ShippedFlow.allTestFiles().stream();
  }

  private FlowTestResult run(Path file) {
    return runner.run(
        FlowTestCase.read(file, ShippedFlow.SUBSTITUTIONS), NOT_MOCKED, "+18003569377");
  }

  private FlowTestResult runForAWithheldCaller(String testJson) {
    return runner.run(
        FlowTestCase.parse("inline", testJson, ShippedFlow.SUBSTITUTIONS),
        (arn, event, limit) -> "{\"status\":\"WITHHELD\",\"source\":\"FALLBACK\",\"count\":\"0\"}",
        "anonymous");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testFiles")
  void eachShippedTest_passesOnTheSimulator(Path file) {
    FlowTestResult result = run(file);

    assertThat(result.failures()).as("%s heard %s", file, result.call().heard()).isEmpty();
    assertThat(result.call().heard())
        .isNotEmpty()
        .allSatisfy(words -> assertThat(words).isNotBlank());
  }

  @Test
  void togetherTheDeployedTests_takeEveryBlockOfTheFlow() {
    Set<String> visited = new HashSet<>();
    ShippedFlow.deployedTestFiles().forEach(file -> visited.addAll(run(file).call().path()));

    assertThat(visited)
        .containsExactlyInAnyOrderElementsOf(
            ShippedFlow.flow().actions().stream().map(FlowAction::identifier).toList());
  }

  @Test
  void aLambdaResponseWithAForbiddenCharacter_failsTheSimulatedCall() {
    FlowTestResult result =
        run(
            ShippedFlow.directory()
                .resolve("simulator-tests/forbidden-character-fails-the-call.json"));

    assertThat(result.call().lambdaError()).hasValueSatisfying(e -> assertThat(e).contains("'<'"));
    assertThat(result.call().lambdaResponse()).isEmpty();
    assertThat(result.call().path()).contains("say-lookup-failed").doesNotContain("say-three");
  }

  @Test
  void aTestThatExpectsWhatTheFlowDoesNotSay_fails_sayingWhichObservationWaitedInVain() {
    String json =
        """
        {"Version": "2025-06-21", "Observations": [
          {"Identifier": "wrong-greeting",
           "Event": {"Identifier": "e", "Type": "MessageReceived", "Actor": "System",
                     "Properties": {"Text": "Welcome to the bank", "MatchingCriteria": "Inclusion"}},
           "Actions": [], "Transitions": {}}]}
        """;

    FlowTestResult result = runForAWithheldCaller(json);

    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).singleElement().asString().contains("'wrong-greeting'");
  }

  @Test
  void aFailingAssertion_isReportedWithExpectedAndActual() {
    String json =
        """
        {"Version": "2025-06-21", "Observations": [
          {"Identifier": "bye",
           "Event": {"Identifier": "e", "Type": "MessageReceived", "Actor": "System",
                     "Properties": {"Text": "Goodbye", "MatchingCriteria": "Inclusion"}},
           "Actions": [{"Identifier": "source", "Type": "Assert",
                        "Parameters": {"Namespace": "$.External.source", "Operator": "Equals", "Operand": "CACHE"}}],
           "Transitions": {}}]}
        """;

    FlowTestResult result = runForAWithheldCaller(json);

    assertThat(result.failures())
        .containsExactly("'bye/source': expected $.External.source Equals 'CACHE', was 'FALLBACK'");
  }

  @Test
  void partsOfTheLanguageTheSimulatorDoesNotImplement_areRefusedByName() {
    String similarity =
        """
        {"Version": "2025-06-21", "Observations": [
          {"Identifier": "fuzzy", "Event": {"Type": "MessageReceived", "Actor": "System",
            "Properties": {"Text": "hello", "MatchingCriteria": "Similarity"}}, "Actions": []}]}
        """;
    String dtmf =
        """
        {"Version": "2025-06-21", "Observations": [
          {"Identifier": "start", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
           "Actions": [{"Identifier": "press-1", "Type": "SendInstruction", "Parameters": {}}]}]}
        """;

    for (String json : List.of(similarity, dtmf)) {
      assertThatThrownBy(() -> FlowTestCase.parse("t", json, ShippedFlow.SUBSTITUTIONS))
          .isInstanceOf(UnsupportedTestLanguageException.class)
          .hasMessageMatching("'(fuzzy|start/press-1)' .*");
    }
  }
}
