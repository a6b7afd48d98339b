package com.vanitycall.loadtest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition a run must meet, as k6 thresholds and Gatling assertions are written: {@code
 * p99<20ms}, {@code errors<0.1%}, {@code rate>190/s}, {@code lost==0}. The metric ({@link Metric}),
 * an operator ({@code < <= > >= == !=}) and a number with the metric's unit: {@code ms} (the
 * default), {@code s} or {@code us} for latency; {@code /s} (optional) for the rate; nothing for a
 * count, or {@code %} for a share of the operations attempted.
 *
 * @param expression as given
 * @param limit in the metric's unit: ms, per second, a count, or a percentage when {@code share}
 */
public record Threshold(
    String expression, Metric metric, Operator operator, double limit, boolean share) {

  private static final Pattern FORM =
      Pattern.compile("\\s*([a-zA-Z][a-zA-Z0-9.]*)\\s*(<=|>=|==|!=|<|>)\\s*(.*?)\\s*");
  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([a-zA-Zµ/%]*)");

  /** The comparison between the measured value and the limit. */
  public enum Operator {
    LESS("<", (m, l) -> m < l),
    AT_MOST("<=", (m, l) -> m <= l),
    MORE(">", (m, l) -> m > l),
    AT_LEAST(">=", (m, l) -> m >= l),
    EQUAL("==", (m, l) -> m == l),
    NOT_EQUAL("!=", (m, l) -> m != l);

    private final String written;
    private final Comparison comparison;

    Operator(String written, Comparison comparison) {
      this.written = written;
      this.comparison = comparison;
    }

    public String written() {
      return written;
    }

    boolean holds(double measured, double limit) {
      return comparison.holds(measured, limit);
    }

    static Operator of(String written) {
      return Arrays.stream(values())
          .filter(o -> o.written.equals(written))
          .findFirst()
          .orElseThrow();
    }

    private interface Comparison {
      boolean holds(double measured, double limit);
    }
  }

  /**
   * Reads one threshold.
   *
   * @throws InvalidThresholdException saying what is wrong with it
   */
  public static Threshold parse(String expression) {
    Matcher form = FORM.matcher(expression == null ? "" : expression);
    if (!form.matches()) {
      throw new InvalidThresholdException(
          "'"
              + expression
              + "' is not a threshold: write METRIC OPERATOR VALUE, e.g. p99<20ms, errors<0.1%,"
              + " rate>190/s, lost==0");
    }
    Metric metric =
        Metric.named(form.group(1))
            .orElseThrow(
                () ->
                    new InvalidThresholdException(
                        "'"
                            + expression
                            + "': there is no metric '"
                            + form.group(1)
                            + "'; thresholds judge "
                            + Arrays.stream(Metric.values())
                                .map(Metric::written)
                                .collect(Collectors.joining(", "))));
    Matcher value = NUMBER_AND_UNIT.matcher(form.group(3));
    if (!value.matches()) {
      throw new InvalidThresholdException(
          "'" + expression + "': '" + form.group(3) + "' is not a number with a unit");
    }
    double number = Double.parseDouble(value.group(1));
    String unit = value.group(2).toLowerCase(Locale.ROOT);
    return switch (metric.kind()) {
      case LATENCY ->
          new Threshold(
              expression.strip(),
              metric,
              Operator.of(form.group(2)),
              number * millisPer(unit, expression, metric),
              false);
      case RATE -> {
        if (!unit.isEmpty() && !unit.equals("/s")) {
          throw unitError(expression, metric, unit, "/s (or nothing)");
        }
        yield new Threshold(expression.strip(), metric, Operator.of(form.group(2)), number, false);
      }
      case COUNT -> {
        if (!unit.isEmpty() && !unit.equals("%")) {
          throw unitError(expression, metric, unit, "% (or nothing, for a count)");
        }
        if (unit.equals("%") && number > 100) {
          throw new InvalidThresholdException(
              "'" + expression + "': a share cannot be more than 100%");
        }
        yield new Threshold(
            expression.strip(), metric, Operator.of(form.group(2)), number, unit.equals("%"));
      }
    };
  }

  private static double millisPer(String unit, String expression, Metric metric) {
    return switch (unit) {
      case "", "ms" -> 1;
      case "s" -> 1_000;
      case "us", "µs" -> 0.001;
      default -> throw unitError(expression, metric, unit, "ms, s or us");
    };
  }

  private static InvalidThresholdException unitError(
      String expression, Metric metric, String unit, String expected) {
    return new InvalidThresholdException(
        "'"
            + expression
            + "': "
            + metric.written()
            + " is not measured in '"
            + unit
            + "'; use "
            + expected);
  }

  /** Judges the run's measurements; a metric the run did not measure fails. */
  public Judgement judge(Measurements measured) {
    return measured
        .value(metric)
        .map(value -> new Judgement(expression, shown(value, measured), holds(value, measured)))
        .orElseGet(() -> new Judgement(expression, metric.written() + " not measured", false));
  }

  /**
   * Whether the run so far fails this threshold in a way the rest of the run is not expected to
   * mend: a count past a {@code <}, {@code <=} or {@code ==} limit (counts only grow), and a
   * latency or share above an upper bound ({@code <}, {@code <=}), as k6 aborts on them. A rate,
   * and any lower bound, is judged on the whole run only.
   */
  public boolean failsSoFar(Measurements soFar) {
    boolean upperBound = operator == Operator.LESS || operator == Operator.AT_MOST;
    boolean judgedLive =
        switch (metric.kind()) {
          case RATE -> false;
          case LATENCY -> upperBound;
          case COUNT -> upperBound || (operator == Operator.EQUAL && !share);
        };
    return judgedLive
        && soFar.value(metric).map(v -> !holds(v, soFar) && (share || v >= limit)).orElse(false);
  }

  private boolean holds(double value, Measurements measured) {
    return operator.holds(share ? percentOf(value, measured) : value, limit);
  }

  private static double percentOf(double value, Measurements measured) {
    return measured.attempts() == 0 ? 0 : value * 100.0 / measured.attempts();
  }

  private String shown(double value, Measurements measured) {
    String name = metric.written();
    return switch (metric.kind()) {
      case LATENCY -> String.format("%s = %.2f ms", name, value);
      case RATE -> String.format("%s = %.1f/s", name, value);
      case COUNT ->
          share
              ? String.format(
                  "%s = %.3f %% (%,d of %,d)",
                  name, percentOf(value, measured), (long) value, measured.attempts())
              : String.format("%s = %,d", name, (long) value);
    };
  }
}
