package com.vanitycall.cli.load;

import com.vanitycall.loadtest.RunWatch;
import com.vanitycall.loadtest.Thresholds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --abort-on-fail} of a load run (a picocli mixin): stop once a threshold has failed. */
final class AbortOnFailOption {

  @Option(
      names = "--abort-on-fail",
      description =
          "stop the run as soon as a --threshold has failed for good: a count past its limit at"
              + " once, a latency or share after the first 5 s, a rate only at the end")
  private boolean abortOnFail;

  /**
   * What watches the run: the thresholds with {@code --abort-on-fail}, else nothing.
   *
   * @throws ParameterException for {@code --abort-on-fail} without a threshold
   */
  RunWatch watch(CommandSpec spec, Thresholds thresholds) {
    if (!abortOnFail) {
      return RunWatch.NONE;
    }
    if (thresholds.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--abort-on-fail needs at least one --threshold");
    }
    return thresholds.abortWatch();
  }
}
