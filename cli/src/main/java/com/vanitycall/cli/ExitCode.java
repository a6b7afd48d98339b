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

  private ExitCode() {}
}
