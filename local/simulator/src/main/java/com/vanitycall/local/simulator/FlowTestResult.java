package com.vanitycall.local.simulator;

import java.util.List;

/**
 * The outcome of one Connect test case run by the simulator.
 *
 * @param failures what did not hold, in the order found; empty when the test passed
 * @param call the simulated call the test drove
 */
public record FlowTestResult(String name, List<String> failures, SimulatedCall call) {

  public FlowTestResult {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
