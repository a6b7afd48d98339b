package com.vanitycall.cli;

/**
 * A command could not do its job for a reason outside the command line (a service that does not
 * answer, a check that did not hold): its message says what, in one line. Ends the command with
 * {@link ExitCode#FAILED}.
 */
public final class CommandFailedException extends RuntimeException {

  public CommandFailedException(String message) {
    super(message);
  }

  public CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
