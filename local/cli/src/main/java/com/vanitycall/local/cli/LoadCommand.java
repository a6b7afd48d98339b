package com.vanitycall.local.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;

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
}
