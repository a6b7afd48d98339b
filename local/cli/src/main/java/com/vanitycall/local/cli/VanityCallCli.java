package com.vanitycall.local.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tool behind {@code ./vanitycall}: one subcommand per job. */
@Command(
    name = "vanitycall",
    mixinStandardHelpOptions = true,
    version = "vanitycall 0.1.0",
    description = "Vanity numbers for Amazon Connect callers, on one machine.",
    subcommands = {
      VanityCommand.class,
      FindCommand.class,
      DialCommand.class,
      DemoCommand.class,
      CallCommand.class,
      UpCommand.class,
      DeadLettersCommand.class,
      LoadCommand.class,
      HandlerBenchCommand.class,
      FlowTestsCommand.class
    })
public final class VanityCallCli {

  public static void main(String[] args) {
    System.exit(new CommandLine(new VanityCallCli()).execute(args));
  }
}
