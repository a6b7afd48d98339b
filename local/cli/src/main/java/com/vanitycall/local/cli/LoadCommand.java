package com.vanitycall.local.cli;

import com.vanitycall.loadtest.MalformedCaptureException;
import com.vanitycall.loadtest.StreamRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import software.amazon.awssdk.core.exception.SdkException;

/** {@code vanitycall load}: the load tests, one subcommand each. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Load tests: the pipeline benchmark; generate, capture, replay, storm and verify, on the"
            + " running local stack by default or on AWS (--region, --stream).",
    subcommands = {
      PipelineLoadCommand.class,
      GenerateLoadCommand.class,
      CaptureLoadCommand.class,
      ReplayLoadCommand.class,
      StormLoadCommand.class,
      VerifyLoadCommand.class
    })
public final class LoadCommand {

  /** The handler logs every call: under load that is noise on the terminal, and costs time. */
  static void quietLogs() {
    Configurator.setLevel("com.vanitycall", Level.WARN);
  }

  /** A load command's work. */
  @FunctionalInterface
  interface Work {
    int run() throws IOException;
  }

  /**
   * Runs a load command, turning what the stream, the tables or a file refused into one line on
   * standard error and exit status 2, not a stack trace.
   */
  static int reportingFailures(CommandSpec spec, Work work) throws IOException {
    try {
      return work.run();
    } catch (StreamRefusedException | MalformedCaptureException | UncheckedIOException e) {
      return failed(spec, e.getMessage());
    } catch (SdkException e) {
      return failed(spec, "AWS refused: " + e.getMessage());
    }
  }

  private static int failed(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("load " + spec.name() + " failed: " + message);
    spec.commandLine().getErr().flush();
    return 2;
  }
}
