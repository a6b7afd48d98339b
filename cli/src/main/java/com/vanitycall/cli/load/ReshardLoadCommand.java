package com.vanitycall.cli.load;

import com.vanitycall.loadtest.Resharding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code vanitycall load reshard --split [SHARD] | --merge [SHARD,SHARD]}: splits or merges the
 * stream's shards in the middle of a run, as an on-demand stream does by itself under load, so that
 * a capture can be tried across it.
 */
@Command(
    name = "reshard",
    mixinStandardHelpOptions = true,
    description =
        "Split a shard of the stream at the middle of its hash key range, or merge two adjacent"
            + " ones, as an on-demand stream does by itself when traffic grows; prints the open"
            + " shards after.")
public final class ReshardLoadCommand extends LoadSubcommand {

  static final class Change {
    @Option(
        names = "--split",
        arity = "0..1",
        fallbackValue = "",
        paramLabel = "SHARD",
        description = "split this open shard (default: the one with the widest range)")
    String split;

    @Option(
        names = "--merge",
        arity = "0..1",
        fallbackValue = "",
        paramLabel = "SHARD,SHARD",
        description = "merge these two adjacent open shards (default: the first adjacent pair)")
    String merge;
  }

  @ArgGroup(multiplicity = "1")
  private Change change;

  @Mixin private LoadTarget target;

  @Override
  int run() {
    PrintWriter out = spec.commandLine().getOut();
    try (LoadTarget.Resolved resolved = target.resolve(spec)) {
      Resharding resharding = new Resharding(resolved.kinesis(), resolved.stream());
      try {
        if (change.split != null) {
          String split =
              resharding.split(
                  change.split.isBlank() ? Optional.empty() : Optional.of(change.split.strip()));
          out.printf("split %s of %s%n", split, resolved.stream());
        } else {
          List<String> merged = resharding.merge(pair());
          out.printf("merged %s and %s of %s%n", merged.get(0), merged.get(1), resolved.stream());
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      out.printf(
          "open shards: %s%n",
          String.join(", ", resharding.openShards().stream().map(s -> s.shardId()).toList()));
      out.flush();
      return 0;
    }
  }

  private Optional<List<String>> pair() {
    if (change.merge.isBlank()) {
      return Optional.empty();
    }
    List<String> ids = List.of(change.merge.split(",")).stream().map(String::strip).toList();
    if (ids.size() != 2 || ids.stream().anyMatch(String::isEmpty)) {
      throw new ParameterException(
          spec.commandLine(),
          "--merge takes two shards, e.g. shardId-000000000002,shardId-000000000003");
    }
    return Optional.of(ids);
  }
}
