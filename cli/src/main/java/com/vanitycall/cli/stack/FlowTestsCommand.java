package com.vanitycall.cli.stack;

import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.simulator.ContactFlow;
import com.vanitycall.local.simulator.FlowTestCase;
import com.vanitycall.local.simulator.FlowTestResult;
import com.vanitycall.local.simulator.FlowTestRunner;
import com.vanitycall.local.simulator.LambdaInvocationException;
import com.vanitycall.local.simulator.Lambdas;
import com.vanitycall.local.simulator.SimulatedPhone;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall flow-tests [FILE...]}: the contact flow's tests, written in Amazon Connect's
 * testing language, run locally by the simulator: the files the CDK app deploys as test cases
 * (contact-flows/tests), then those only the simulator runs because they rely on what Connect does
 * not document (contact-flows/simulator-tests), labelled so.
 */
@Command(
    name = "flow-tests",
    mixinStandardHelpOptions = true,
    description =
        "Run the contact flow's Connect-language tests on the simulator: contact-flows/tests (deployed"
            + " to Connect too) and contact-flows/simulator-tests (simulator-only).")
public final class FlowTestsCommand implements Callable<Integer> {

  private static final Lambdas NOT_MOCKED =
      (arn, event, limit) -> {
        throw new LambdaInvocationException("the test does not mock " + arn + "; locally it must");
      };

  @Parameters(
      paramLabel = "FILE",
      description =
          "test files (default: every contact-flows/tests/*.json and"
              + " contact-flows/simulator-tests/*.json)")
  private List<Path> files = List.of();

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path flows = ProjectHome.locate().resolve("contact-flows");
    Map<String, String> substitutions =
        Map.of("VanityLookupFunctionArn", SimulatedPhone.LOCAL_FUNCTION_ARN);
    FlowTestRunner runner =
        new FlowTestRunner(ContactFlow.read(flows.resolve("vanity-lookup.json"), substitutions));
    PrintWriter out = spec.commandLine().getOut();
    Path simulatorOnly = flows.resolve("simulator-tests");
    List<Path> tests =
        files.isEmpty()
            ? Stream.concat(shipped(flows.resolve("tests")), shipped(simulatorOnly)).toList()
            : files;
    int failed = 0;
    for (Path file : tests) {
      FlowTestResult result =
          runner.run(FlowTestCase.read(file, substitutions), NOT_MOCKED, "+18003569377");
      out.printf(
          "%s  %s%s%n",
          result.passed() ? "PASS" : "FAIL",
          result.name(),
          isIn(simulatorOnly, file) ? "  (simulator-only: not deployed to Connect)" : "");
      result.failures().forEach(failure -> out.printf("      %s%n", failure));
      if (!result.passed()) {
        failed++;
        result.call().heard().forEach(line -> out.printf("      heard: %s%n", line));
      }
    }
    out.printf("%d passed, %d failed%n", tests.size() - failed, failed);
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static Stream<Path> shipped(Path dir) throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static boolean isIn(Path dir, Path file) {
    return file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
  }
}
