package com.vanitycall.cli.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.cli.UserErrorException;
import com.vanitycall.local.stack.DeadLetterRedrive;
import com.vanitycall.local.stack.IncompleteLetterException;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackEnvironment;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall dead-letters}: what the running local stack could not process, with its reason;
 * {@code redrive} puts letters back on the stream.
 */
@Command(
    name = "dead-letters",
    mixinStandardHelpOptions = true,
    description = "List (default) or redrive what the running local stack could not process.",
    subcommands = {DeadLettersCommand.Redrive.class})
public final class DeadLettersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    return onRunningStack(
        spec,
        redrive -> {
          PrintWriter out = spec.commandLine().getOut();
          DeadLetterRedrive.Listing listing = redrive.listing();
          List<StoredDeadLetter> letters = listing.letters();
          out.println(
              listing.more()
                  ? listing.count()
                      + String.format(
                          ": the oldest %,d below (redrive --all takes every one)", letters.size())
                  : listing.count());
          for (StoredDeadLetter stored : letters) {
            out.printf(
                "%s  %s  %s  %s%n    %s%n",
                stored.id(),
                stored.letter().failedAt(),
                stored.letter().origin(),
                redrive.summary(stored),
                stored.letter().reason());
          }
          out.flush();
          return 0;
        });
  }

  /** {@code vanitycall dead-letters redrive ID | --all}. */
  @Command(
      name = "redrive",
      mixinStandardHelpOptions = true,
      description = "Put a dead letter's payload back on the call-events stream and remove it.")
  static final class Redrive implements Callable<Integer> {

    static final class Which {
      @Parameters(paramLabel = "ID", description = "the dead letter's id (see the list)")
      String id;

      @Option(names = "--all", description = "every dead letter")
      boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      return onRunningStack(
          spec,
          redrive -> {
            PrintWriter out = spec.commandLine().getOut();
            if (which.all) {
              out.printf("redrove %d dead letter(s)%n", redrive.redriveAll());
            } else if (redriveOne(redrive, which.id)) {
              out.printf("redrove %s%n", which.id);
            } else {
              throw new CommandFailedException("no dead letter with id " + which.id);
            }
            out.flush();
            return 0;
          });
    }
  }

  private static boolean redriveOne(DeadLetterRedrive redrive, String id) {
    try {
      return redrive.redrive(id);
    } catch (IncompleteLetterException e) {
      throw new CommandFailedException(e.getMessage());
    }
  }

  private interface WithRedrive {
    int run(DeadLetterRedrive redrive);
  }

  private static int onRunningStack(CommandSpec spec, WithRedrive action) {
    var running = LocalStack.discoverRunning();
    if (running.isEmpty()) {
      throw new UserErrorException("no local stack is running: start one with ./vanitycall up");
    }
    StackEnvironment environment = new StackEnvironment(running.get());
    try (AwsClients clients = environment.clients()) {
      return action.run(DeadLetterRedrive.on(environment, clients));
    }
  }
}
