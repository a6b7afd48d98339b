package com.vanitycall.cli;

/**
 * A load command's thresholds did not all hold (or {@code load compare} found a regression): its
 * message names the ones that failed and what was measured, in one line. Ends the command with
 * {@link ExitCode#THRESHOLDS_FAILED}.
 */
public final class ThresholdsFailedException extends RuntimeException {

  public ThresholdsFailedException(String message) {
    super(message);
  }
}
