package com.vanitycall.cli;

/**
 * A command cannot go on because of something the user can put right (a file that is not there, no
 * local stack running, no credentials): its message says what, and what to do, in one line. Ends
 * the command with {@link ExitCode#USAGE}.
 */
public final class UserErrorException extends RuntimeException {

  public UserErrorException(String message) {
    super(message);
  }

  public UserErrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
