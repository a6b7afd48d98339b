package com.vanitycall.cli;

import com.vanitycall.cli.analyst.HistoryCommand;
import com.vanitycall.cli.analyst.SqlCommand;
import com.vanitycall.cli.analyst.StatsCommand;
import com.vanitycall.cli.bench.ApiBenchCommand;
import com.vanitycall.cli.bench.BenchCommand;
import com.vanitycall.cli.bench.HandlerBenchCommand;
import com.vanitycall.cli.deploy.SynthCommand;
import com.vanitycall.cli.engine.DialCommand;
import com.vanitycall.cli.engine.FindCommand;
import com.vanitycall.cli.engine.VanityCommand;
import com.vanitycall.cli.load.LoadCommand;
import com.vanitycall.cli.stack.CallCommand;
import com.vanitycall.cli.stack.DeadLettersCommand;
import com.vanitycall.cli.stack.DemoCommand;
import com.vanitycall.cli.stack.FlowTestsCommand;
import com.vanitycall.cli.stack.UpCommand;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line behind {@code ./vanitycall}, and the composition root of every audience's
 * commands: the engine's, the local stack's, the analysts', the load testers', the benchmarks' and
 * the deploy's, one package each. Every command's failure goes through {@link Failures}, and the
 * help lists the commands by audience ({@link CommandsByAudience}).
 */
@Command(
    name = "vanitycall",
    mixinStandardHelpOptions = true,
    version = "vanitycall 0.1.0",
    description =
        "Vanity numbers for Amazon Connect callers: the engine, the local stack, analysts' and"
            + " load testers' tools.",
    subcommands = {
      VanityCommand.class,
      FindCommand.class,
      DialCommand.class,
      DemoCommand.class,
      UpCommand.class,
      CallCommand.class,
      FlowTestsCommand.class,
      DeadLettersCommand.class,
      HistoryCommand.class,
      StatsCommand.class,
      SqlCommand.class,
      LoadCommand.class,
      BenchCommand.class,
      SynthCommand.class
    },
    footer = {
      "",
      "Building and testing (the launcher's own: ./vanitycall test --help):",
      "  test            the whole test suite; test --fast: the offline tests only",
      "",
      "Exit status: 0 done; 1 a check did not hold, or the command failed (one line",
      "says why); 2 a mistake in the command line or its input; 99 a load command's",
      "--threshold did not hold, or load compare found a regression.",
      "Run ./vanitycall COMMAND --help for a command's options."
    })
public final class VanityCallCli {

  /** Where {@code ./vanitycall} keeps its state and logs, below the checkout. */
  private static final String STATE_DIR = ".vanitycall";

  public static void main(String[] args) {
    Path logs =
        Path.of(System.getenv().getOrDefault("VANITYCALL_HOME", "."))
            .resolve(STATE_DIR)
            .resolve("logs");
    System.setProperty("vanitycall.log.dir", logs.toAbsolutePath().toString());
    System.setProperty("log4j2.configurationFile", "classpath:vanitycall-cli-log4j2.xml");
    System.exit(
        commandLine(logs.resolve("vanitycall.log").toAbsolutePath().toString()).execute(args));
  }

  /** The command line, as {@code main} runs it; tests run it in process. */
  public static CommandLine commandLine() {
    return commandLine("the log file");
  }

  private static CommandLine commandLine(String logFile) {
    CommandLine cli = new CommandLine(new VanityCallCli());
    // the names documented before `bench` had subcommands
    cli.addSubcommand("bench-handler", hidden(new CommandLine(new HandlerBenchCommand())));
    cli.addSubcommand("bench-api", hidden(new CommandLine(new ApiBenchCommand())));
    Failures failures = new Failures(logFile);
    cli.setExecutionExceptionHandler(failures);
    cli.setParameterExceptionHandler(failures);
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandsByAudience());
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
    return cli;
  }

  private static CommandLine hidden(CommandLine command) {
    command.getCommandSpec().usageMessage().hidden(true);
    return command;
  }
}
