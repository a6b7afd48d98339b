package com.vanitycall.cli;

/**
 * What {@code ./vanitycall} exits with, the same for every command, so that scripts can tell a
 * mistake in the command line from a check that did not hold.
 */
public final class ExitCode {

  /** The command did its job and every check it makes held. */
  public static final int OK = 0;

  /**
   * A check did not hold (a flow test failed, an event was lost, a call was answered with an
   * error), or the command could not do its job for a reason it names in one line.
   */
  public static final int FAILED = 1;

  /**
   * The command line or its input is wrong (an unknown command or option, a bad value, a file that
   * is not there, no local stack running, no AWS credentials): one line says what to do.
   */
  public static final int USAGE = 2;

  /**
   * A load command ran, and a threshold it was given did not hold ({@code --threshold 'p99<20ms'}),
   * or {@code load compare} found a regression beyond {@code --max-regression}: the same code as
   * k6's for failed thresholds, so that a pipeline can tell a slow run from a broken one. Takes
   * precedence over {@link #FAILED} when both apply.
   */
  public static final int THRESHOLDS_FAILED = 99;

  private ExitCode() {}
}
