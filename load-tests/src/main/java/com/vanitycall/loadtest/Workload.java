package com.vanitycall.loadtest;

import java.time.Duration;

/** How a storm places its calls: a closed model (callers) or an open one (an arrival rate). */
public sealed interface Workload permits ClosedWorkload, OpenWorkload {

  /** How long calls are placed. */
  Duration duration();

  /** In words, for progress lines and reports. */
  String describe();

  /** The same workload for another length of time (a warm-up). */
  Workload lasting(Duration newDuration);
}
