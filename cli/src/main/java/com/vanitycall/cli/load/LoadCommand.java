package com.vanitycall.cli.load;

import picocli.CommandLine.Command;

/** {@code vanitycall load}: the load tests, one subcommand each. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Load tests: the pipeline benchmark; generate, capture, replay, storm and verify, on the"
            + " running local stack by default or on AWS (--region, --stream); compare two runs;"
            + " reshard a stream mid-run.",
    subcommands = {
      PipelineLoadCommand.class,
      GenerateLoadCommand.class,
      CaptureLoadCommand.class,
      ReplayLoadCommand.class,
      StormLoadCommand.class,
      VerifyLoadCommand.class,
      CompareLoadCommand.class,
      ReshardLoadCommand.class
    })
public final class LoadCommand {}
