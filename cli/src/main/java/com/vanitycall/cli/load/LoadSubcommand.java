package com.vanitycall.cli.load;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the load tester's commands share: quiet logs (the handler logs every call: under load that
 * is noise, and costs time). What the stream, the tables or a file refuse is reported by the
 * command line's one failure handler.
 */
abstract class LoadSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The command's work; its exit status. */
  abstract int run() throws IOException;

  @Override
  public final Integer call() throws IOException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    return run();
  }
}
