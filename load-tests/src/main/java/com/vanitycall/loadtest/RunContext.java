package com.vanitycall.loadtest;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how a run was made, for the reports: its configuration as given, and the machine it ran
 * on, with the load average before and after (a figure from a busy machine is a floor, not a
 * ceiling).
 *
 * @param configuration the run's settings, in the order they are shown
 */
public record RunContext(Map<String, String> configuration, Machine machine) {

  public RunContext {
    configuration =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(configuration == null ? Map.of() : configuration));
  }

  /**
   * The machine.
   *
   * @param cores processors the JVM sees
   * @param loadAverageAtStart the one-minute load average when the run started (-1 if unknown)
   * @param loadAverageAtEnd the same when it ended
   * @param jvm the Java runtime
   * @param jvmOptions its collector and heap options ({@code -XX:+UseG1GC -Xmx1g}), which shape
   *     pauses
   * @param os the operating system
   */
  public record Machine(
      int cores,
      double loadAverageAtStart,
      double loadAverageAtEnd,
      String jvm,
      String jvmOptions,
      String os) {

    /** This machine now; the end's load average is taken by {@link #ended()}. */
    public static Machine now() {
      double load = loadAverage();
      return new Machine(
          Runtime.getRuntime().availableProcessors(),
          load,
          load,
          System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
          String.join(
              " ",
              ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                  .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xm"))
                  .toList()),
          System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** This machine as it was at the start, with the load average now as the end's. */
    public Machine ended() {
      return new Machine(cores, loadAverageAtStart, loadAverage(), jvm, jvmOptions, os);
    }

    private static double loadAverage() {
      return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
  }

  /** A run with these settings, started now. */
  public static RunContext startingNow(Map<String, String> configuration) {
    return new RunContext(configuration, Machine.now());
  }

  /** The same run, its end's load average taken now. */
  public RunContext ended() {
    return new RunContext(configuration, machine == null ? null : machine.ended());
  }
}
