package com.vanitycall.local.cli;

import com.vanitycall.local.emulators.ProjectHome;
import com.vanitycall.local.simulator.ContactFlow;
import com.vanitycall.local.simulator.FlowTestCase;
import com.vanitycall.local.simulator.FlowTestResult;
import com.vanitycall.local.simulator.FlowTestRunner;
import com.vanitycall.local.simulator.LambdaInvocationException;
import com.vanitycall.local.simulator.Lambdas;
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
 * testing language, run locally by the simulator (the same files the CDK app deploys as test
 * cases).
 */
@Command(
    name = "flow-tests",
    mixinStandardHelpOptions = true,
    description =
        "Run the contact flow's Connect-language tests (contact-flows/tests) on the simulator.")
public final class FlowTestsCommand implements Callable<Integer> {

  private static final Lambdas NOT_MOCKED =
      (arn, event, limit) -> {
        throw new LambdaInvocationException("the test does not mock " + arn + "; locally it must");
      };

  @Parameters(
      paramLabel = "FILE",
      description = "test files (default: every contact-flows/tests/*.json)")
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
    List<Path> tests = files.isEmpty() ? shipped(flows.resolve("tests")) : files;
    int failed = 0;
    for (Path file : tests) {
      FlowTestResult result =
          runner.run(FlowTestCase.read(file, substitutions), NOT_MOCKED, "+18003569377");
      out.printf("%s  %s%n", result.passed() ? "PASS" : "FAIL", result.name());
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

  private static List<Path> shipped(Path dir) throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
