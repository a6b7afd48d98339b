package com.vanitycall.cli;

import com.vanitycall.core.config.InvalidConfigurationException;
import com.vanitycall.loadtest.IncomparableReportsException;
import com.vanitycall.loadtest.MalformedCaptureException;
import com.vanitycall.loadtest.MalformedReportException;
import com.vanitycall.loadtest.NothingToReplayException;
import com.vanitycall.loadtest.StreamRefusedException;
import com.vanitycall.local.emulators.EmulatorStartException;
import com.vanitycall.local.lake.QueryFailedException;
import com.vanitycall.local.lake.RefusedQueryException;
import com.vanitycall.local.web.WebServerStartException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place where a command's failure becomes what the user sees: one line on standard error
 * that says what went wrong and what to do, and an {@link ExitCode}; never a stack trace. What was
 * not foreseen is logged whole to the log file the line names.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Marks what the command line has reported itself: logged to the file, not to the terminal. */
  static final Marker REPORTED = MarkerManager.getMarker("REPORTED");

  private static final Logger LOG = LogManager.getLogger(Failures.class);

  private final String logFile;

  /**
   * @param logFile where the logs go, to name in the line of an unforeseen failure
   */
  Failures(String logFile) {
    this.logFile = logFile;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String help = "see ./" + name(command) + " --help";
    String line =
        e instanceof UnmatchedArgumentException unmatched
            ? unmatched(unmatched, command) + " (" + help + ")"
            : e.getMessage() + " (" + help + ")";
    command.getErr().printf("%s: %s%n", name(command), line);
    command.getErr().flush();
    return ExitCode.USAGE;
  }

  /** What was not understood, and the nearest commands or options, if any are near. */
  private static String unmatched(UnmatchedArgumentException e, CommandLine command) {
    List<String> words = e.getUnmatched();
    String what =
        command.getSubcommands().isEmpty() || words.isEmpty() || words.get(0).startsWith("-")
            ? "does not understand " + String.join(" ", words)
            : "has no command '" + words.get(0) + "'";
    List<String> near = e.getSuggestions();
    return near.isEmpty() ? what : what + "; did you mean " + String.join(" or ", near) + "?";
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    Failure failure = explain(e).orElseGet(() -> unforeseen(e, command));
    PrintWriter err = command.getErr();
    err.printf("%s: %s%n", name(command), failure.line());
    err.flush();
    return failure.exitCode();
  }

  /** A failure as the user sees it. */
  private record Failure(String line, int exitCode) {}

  /** The failures the commands foresee, found anywhere in the chain of causes. */
  private static Optional<Failure> explain(Throwable thrown) {
    for (Throwable e = thrown; e != null; e = e.getCause()) {
      Optional<Failure> known = known(e);
      if (known.isPresent()) {
        return known;
      }
    }
    return Optional.empty();
  }

  private static Optional<Failure> known(Throwable e) {
    if (e instanceof UserErrorException
        || e instanceof InvalidConfigurationException
        || e instanceof MalformedCaptureException
        || e instanceof MalformedReportException
        || e instanceof IncomparableReportsException
        || e instanceof NothingToReplayException
        || e instanceof RefusedQueryException) {
      return Optional.of(new Failure(e.getMessage(), ExitCode.USAGE));
    }
    if (e instanceof QueryFailedException) {
      return Optional.of(new Failure("the query failed: " + e.getMessage(), ExitCode.USAGE));
    }
    if (e instanceof ThresholdsFailedException) {
      return Optional.of(new Failure(e.getMessage(), ExitCode.THRESHOLDS_FAILED));
    }
    if (e instanceof CommandFailedException || e instanceof StreamRefusedException) {
      return Optional.of(new Failure(e.getMessage(), ExitCode.FAILED));
    }
    if (e instanceof EmulatorStartException || e instanceof WebServerStartException) {
      return Optional.of(
          new Failure("the local stack did not start: " + e.getMessage(), ExitCode.FAILED));
    }
    if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("credentials")) {
      return Optional.of(
          new Failure(
              "no AWS credentials were found: name a profile with --profile, or set AWS_PROFILE"
                  + " or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
              ExitCode.USAGE));
    }
    if (e instanceof SdkClientException) {
      return Optional.of(new Failure("could not reach AWS: " + e.getMessage(), ExitCode.FAILED));
    }
    if (e instanceof SdkException) {
      return Optional.of(new Failure("AWS refused: " + e.getMessage(), ExitCode.FAILED));
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      return Optional.of(new Failure(e.getMessage(), ExitCode.USAGE));
    }
    return Optional.empty();
  }

  /** A failure no command foresaw: its one line, and its stack trace in the log file. */
  private Failure unforeseen(Exception e, CommandLine command) {
    String line =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    LOG.error(REPORTED, "{} failed", name(command), e);
    return new Failure(line + " (the stack trace is in " + logFile + ")", ExitCode.FAILED);
  }

  private static String name(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }
}
