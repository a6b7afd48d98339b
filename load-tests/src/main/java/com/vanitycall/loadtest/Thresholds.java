package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The thresholds of one run ({@code --threshold}, repeatable): read and checked against what the
 * command measures before the run starts, judged at its end, and with {@code --abort-on-fail}
 * judged as it goes.
 */
public final class Thresholds {

  /**
   * {@code --abort-on-fail} judges latencies and shares only from this far into a run: the first
   * seconds' percentiles are the JIT compiler's and a share of a handful of operations is noise (k6
   * users set {@code delayAbortEval} for the same reason). Counts are judged from the start.
   */
  public static final Duration ABORT_JUDGED_AFTER = Duration.ofSeconds(5);

  private final List<Threshold> thresholds;

  private Thresholds(List<Threshold> thresholds) {
    this.thresholds = List.copyOf(thresholds);
  }

  public static Thresholds none() {
    return new Thresholds(List.of());
  }

  /**
   * Reads the thresholds of a command.
   *
   * @param command the command's name, for the message
   * @param measured what the command measures
   * @throws InvalidThresholdException naming the expression that is wrong, and what is wrong
   */
  public static Thresholds parse(
      Collection<String> expressions, String command, Set<Metric> measured) {
    List<Threshold> parsed = expressions.stream().map(Threshold::parse).toList();
    for (Threshold threshold : parsed) {
      if (!measured.contains(threshold.metric())) {
        throw new InvalidThresholdException(
            "'"
                + threshold.expression()
                + "': "
                + command
                + " does not measure "
                + threshold.metric().written()
                + "; it measures "
                + measured.stream().map(Metric::written).collect(Collectors.joining(", ")));
      }
    }
    return new Thresholds(parsed);
  }

  public boolean isEmpty() {
    return thresholds.isEmpty();
  }

  /** Every threshold judged on the whole run, in the order given. */
  public List<Judgement> judge(Measurements measured) {
    return thresholds.stream().map(t -> t.judge(measured)).toList();
  }

  /**
   * The first threshold the run so far fails for good (see {@link Threshold#failsSoFar}), if any.
   *
   * @param elapsed how long the run has gone: latencies and shares are judged only after {@link
   *     #ABORT_JUDGED_AFTER}
   */
  public Optional<Judgement> failedSoFar(Measurements soFar, Duration elapsed) {
    boolean settled = elapsed.compareTo(ABORT_JUDGED_AFTER) >= 0;
    return thresholds.stream()
        .filter(t -> settled || (t.metric().kind() == Metric.Kind.COUNT && !t.share()))
        .filter(t -> t.failsSoFar(soFar))
        .findFirst()
        .map(t -> t.judge(soFar));
  }

  /**
   * A watch that stops a run as soon as it fails a threshold for good ({@code --abort-on-fail}).
   */
  public RunWatch abortWatch() {
    return (soFar, elapsed) ->
        failedSoFar(soFar.measurements(), elapsed)
            .map(failed -> "threshold " + failed.what() + " failed (" + failed.measured() + ")");
  }
}
