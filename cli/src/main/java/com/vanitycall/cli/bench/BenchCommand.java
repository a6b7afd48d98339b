package com.vanitycall.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code vanitycall bench [JMH ARGUMENTS]}: the engine's JMH benchmarks (per-number latency, the
 * dictionary's load) and the heap a loaded engine keeps; its subcommands measure the rest.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "The engine's JMH benchmarks (arguments go to JMH: a benchmark name, -f 1 -wi 3 -i 5,"
            + " ...) and the heap a loaded engine keeps; the subcommands measure the rest.",
    subcommands = {
      BatchBenchCommand.class,
      QualityBenchCommand.class,
      HandlerBenchCommand.class,
      ApiBenchCommand.class,
      LakeBenchCommand.class
    })
public final class BenchCommand implements Callable<Integer> {

  @Unmatched private List<String> jmhArguments = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    ChildJvm core = ChildJvm.coreBenchmarks();
    int footprint =
        core.run(
            List.of("-XX:+UseSerialGC"),
            "com.vanitycall.core.bench.DictionaryFootprint",
            List.of(),
            ProcessBuilder.Redirect.INHERIT);
    if (footprint != 0) {
      return footprint;
    }
    return core.run(
        List.of(), "org.openjdk.jmh.Main", jmhArguments, ProcessBuilder.Redirect.INHERIT);
  }
}
