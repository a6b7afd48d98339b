package com.vanitycall.local.cli;

import com.vanitycall.loadtest.MalformedCaptureException;
import com.vanitycall.loadtest.StreamRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What the load tester's commands share: quiet logs, and what the stream, the tables or a file
 * refused as one line on standard error with exit status 2, not a stack trace.
 */
abstract class LoadSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The command's work; its exit status. */
  abstract int run() throws IOException;

  @Override
  public final Integer call() throws IOException {
    // the handler logs every call: under load that is noise on the terminal, and costs time
    Configurator.setLevel("com.vanitycall", Level.WARN);
    try {
      return run();
    } catch (StreamRefusedException | MalformedCaptureException | UncheckedIOException e) {
      return failed(e.getMessage());
    } catch (SdkException e) {
      return failed("AWS refused: " + e.getMessage());
    }
  }

  private int failed(String message) {
    spec.commandLine().getErr().println("load " + spec.name() + " failed: " + message);
    spec.commandLine().getErr().flush();
    return 2;
  }
}
