package com.vanitycall.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanitycall bench quality}: how often the ranking's answers are ones a person would pick,
 * on seeded random valid numbers (docs/engine.md names the figures).
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description =
        "How often the ranking's answers are ones a person would pick, on seeded random valid"
            + " North American numbers (the figures are named in docs/engine.md).")
public final class QualityBenchCommand implements Callable<Integer> {

  @Option(names = "--seed", description = "the numbers' seed (default: the benchmark's, 20261122)")
  private Long seed;

  @Option(names = "--numbers", description = "how many numbers (default 1,000)")
  private Integer numbers;

  @Option(names = "--json", description = "one JSON document on standard output, nothing else")
  private boolean json;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>();
    if (seed != null) {
      arguments.addAll(List.of("--seed", seed.toString()));
    }
    if (numbers != null) {
      arguments.addAll(List.of("--numbers", numbers.toString()));
    }
    if (json) {
      arguments.add("--json");
    }
    return ChildJvm.coreBenchmarks()
        .run(
            List.of(),
            "com.vanitycall.core.bench.QualityReport",
            arguments,
            ProcessBuilder.Redirect.INHERIT);
  }
}
