package com.vanitycall.cli.load;

import com.vanitycall.loadtest.InvalidThresholdException;
import com.vanitycall.loadtest.Metric;
import com.vanitycall.loadtest.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --threshold} (repeatable) of a load command (a picocli mixin): conditions the run must
 * meet, as k6 thresholds are written; any that fails ends the command with exit status 99.
 */
final class ThresholdOptions {

  @Option(
      names = "--threshold",
      paramLabel = "EXPR",
      description =
          "a condition the run must meet, e.g. 'p99<20ms', 'errors<0.1%%', 'rate>190/s', 'lost==0'"
              + " (repeatable); any that fails: exit status 99")
  private List<String> expressions = new ArrayList<>();

  /**
   * The thresholds, read and checked against what the command measures.
   *
   * @throws ParameterException naming the expression that is wrong, and what is wrong with it
   */
  Thresholds parse(CommandSpec spec, String command, Set<Metric> measured) {
    try {
      return Thresholds.parse(expressions, command, measured);
    } catch (InvalidThresholdException e) {
      throw new ParameterException(spec.commandLine(), "--threshold " + e.getMessage());
    }
  }

  /** As shown in a report's configuration. */
  String describe() {
    return expressions.isEmpty() ? "none" : String.join(" ", expressions);
  }
}
