package com.vanitycall.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open workload's arrival rate over time, as k6's ramping-arrival-rate defines it: stages, each
 * going linearly from the rate the one before ended at (the start rate for the first) to its target
 * over its duration. A constant rate is one stage that starts and ends at the rate.
 *
 * <p>Operations start whatever the system does: the n-th start (from 0) is intended at the moment
 * the rate's integral reaches n, so a constant 200/s starts one every 5 ms from the first instant,
 * and a ramp from 0 to 50/s over 30 s starts 750, ever closer together.
 *
 * @param startRate operations per second at the start
 * @param stages the stages, in order
 */
public record ArrivalRate(double startRate, List<Stage> stages) {

  private static final Pattern STAGE =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)(ms|s|m|h)\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*");

  /**
   * The most operations per second a run may intend: beyond, the scheduler's clock is the limit.
   */
  static final double MAX_RATE = 100_000;

  /**
   * One stage: over {@code duration}, the rate goes linearly to {@code target} operations per
   * second.
   */
  public record Stage(Duration duration, double target) {

    public Stage {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("a stage lasts a positive time: " + duration);
      }
      checkRate(target);
    }
  }

  public ArrivalRate {
    checkRate(startRate);
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("an arrival rate needs at least one stage");
    }
  }

  /** {@code rate} operations per second for {@code duration}. */
  public static ArrivalRate constant(double rate, Duration duration) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("--rate must be positive: " + rate);
    }
    return new ArrivalRate(rate, List.of(new Stage(duration, rate)));
  }

  /**
   * Stages as {@code --stages} takes them: {@code 30s:50,60s:300,30s:0} ramps from 0 to 50/s over
   * 30 s, to 300/s over the next 60 s, then down to 0 over 30 s.
   *
   * @throws IllegalArgumentException naming the stage that is not {@code DURATION:RATE}
   */
  public static ArrivalRate stages(String spec) {
    List<Stage> stages = new ArrayList<>();
    for (String stage : spec.split(",", -1)) {
      Matcher matcher = STAGE.matcher(stage);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "--stages takes DURATION:RATE stages separated by commas, e.g. 30s:50,60s:300,30s:0;"
                + " '"
                + stage.strip()
                + "' is not one");
      }
      stages.add(
          new Stage(
              duration(Double.parseDouble(matcher.group(1)), matcher.group(2)),
              Double.parseDouble(matcher.group(3))));
    }
    ArrivalRate rate = new ArrivalRate(0, stages);
    if (rate.expectedStarts() < 1) {
      throw new IllegalArgumentException("--stages " + spec + " starts no operation at all");
    }
    return rate;
  }

  /** How long the run lasts: every stage's duration. */
  public Duration duration() {
    return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /** The highest rate any stage reaches. */
  public double peakRate() {
    return stages.stream().mapToDouble(Stage::target).reduce(startRate, Math::max);
  }

  /** The intended rate at {@code seconds} into the run (0 after the end). */
  public double rateAt(double seconds) {
    double from = startRate;
    double stageStart = 0;
    for (Stage stage : stages) {
      double length = seconds(stage.duration());
      if (seconds < stageStart + length) {
        return from + (stage.target() - from) * (seconds - stageStart) / length;
      }
      from = stage.target();
      stageStart += length;
    }
    return 0;
  }

  /** How many operations the run intends to start. */
  public long expectedStarts() {
    PrimitiveIterator.OfLong starts = startOffsetsNanos();
    long n = 0;
    while (starts.hasNext()) {
      starts.nextLong();
      n++;
    }
    return n;
  }

  /** The intended starts, in nanoseconds from the start of the run, in order. */
  public PrimitiveIterator.OfLong startOffsetsNanos() {
    return new Starts();
  }

  /** As written on the command line: {@code 200/s for 30 s} or the stages. */
  public String describe() {
    if (stages.size() == 1 && stages.get(0).target() == startRate) {
      return String.format("%s/s for %s", number(startRate), show(stages.get(0).duration()));
    }
    List<String> parts = new ArrayList<>();
    for (Stage stage : stages) {
      parts.add(show(stage.duration()) + ":" + number(stage.target()));
    }
    return "stages " + String.join(",", parts) + " from " + number(startRate) + "/s";
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String show(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + "s"
        : duration.toMillis() + "ms";
  }

  private static void checkRate(double rate) {
    if (!(rate >= 0) || rate > MAX_RATE) {
      throw new IllegalArgumentException(
          "a rate is 0 to " + (long) MAX_RATE + " operations per second: " + rate);
    }
  }

  private static Duration duration(double amount, String unit) {
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "s" -> amount * 1_000;
          case "m" -> amount * 60_000;
          default -> amount * 3_600_000;
        };
    return Duration.ofMillis((long) millis);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /**
   * Walks the stages: within a stage the rate is {@code r0 + k·s}, so the operations started by
   * {@code s} seconds into it are {@code r0·s + k·s²/2}; the start that brings them to {@code a} is
   * at {@code s = 2a / (r0 + √(r0² + 2ka))}, which holds for rising, falling and flat stages alike.
   */
  private final class Starts implements PrimitiveIterator.OfLong {

    private int stage;
    private double stageStartSeconds;
    private double stageFromRate = startRate;
    private double startedBeforeStage;
    private long next;

    @Override
    public boolean hasNext() {
      while (stage < stages.size()) {
        if (next < startedBeforeStage + area(stage)) {
          return true;
        }
        advance();
      }
      return false;
    }

    @Override
    public long nextLong() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      double length = seconds(stages.get(stage).duration());
      double r0 = stageFromRate;
      double k = (stages.get(stage).target() - r0) / length;
      double a = next - startedBeforeStage;
      double root = Math.sqrt(Math.max(0, r0 * r0 + 2 * k * a));
      double s = a == 0 ? 0 : 2 * a / (r0 + root);
      next++;
      return (long) ((stageStartSeconds + Math.min(s, length)) * 1e9);
    }

    private double area(int index) {
      return (stageFromRate + stages.get(index).target())
          / 2
          * seconds(stages.get(index).duration());
    }

    private void advance() {
      startedBeforeStage += area(stage);
      stageStartSeconds += seconds(stages.get(stage).duration());
      stageFromRate = stages.get(stage).target();
      stage++;
    }
  }
}
