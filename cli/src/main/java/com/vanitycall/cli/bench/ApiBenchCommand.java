package com.vanitycall.cli.bench;

import com.vanitycall.cli.UserErrorException;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import com.vanitycall.loadtest.ApiLatencyBenchmark;
import com.vanitycall.loadtest.SyntheticCallEvents;
import com.vanitycall.loadtest.SyntheticHistory;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.web.HistoryLoader;
import com.vanitycall.local.web.LocalWeb;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall bench api} (also {@code bench-api}): the API's query latency over a large
 * history, written into an in-memory local stack through the pipeline's own writer, then timed
 * route by route over real HTTP to the local server.
 */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description =
        "Load a call history (default 100,000 calls over 30 days) into an in-memory local stack"
            + " through the pipeline's writer, then report p50/p99 latency of each API route over"
            + " HTTP.")
public final class ApiBenchCommand implements Callable<Integer> {

  @Option(names = "--calls", defaultValue = "100000", description = "calls in the history")
  private int calls;

  @Option(names = "--days", defaultValue = "30", description = "days the history spans")
  private int days;

  @Option(names = "--requests", defaultValue = "500", description = "timed requests per route")
  private int requests;

  @Option(names = "--warmup", defaultValue = "200", description = "untimed requests per route")
  private int warmup;

  @Option(names = "--seed", defaultValue = "42", description = "the history's seed")
  private long seed;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    if (calls < 1 || days < 1) {
      throw new UserErrorException("--calls and --days must be at least 1");
    }
    ApiLatencyBenchmark.Options options;
    try {
      options = new ApiLatencyBenchmark.Options(requests, warmup);
    } catch (IllegalArgumentException e) {
      throw new UserErrorException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    Instant end = Instant.now();
    List<CallEvent> history = SyntheticCallEvents.spread(calls, days, seed, end);
    try (LocalStack stack = LocalStack.inMemory();
        LocalWeb web = LocalWeb.start(stack, 0)) {
      HistoryLoader loader =
          new HistoryLoader(
              stack.dynamoDb(), stack.options().names(), VanityEngine.load(Profile.QUICK));
      long started = System.nanoTime();
      int failed = SyntheticHistory.write(history, loader::write, spec.commandLine().getErr());
      out.printf(
          "loaded %,d calls over %d days through the pipeline's writer in %.0f s (%d not written)%n",
          calls, days, (System.nanoTime() - started) / 1e9, failed);
      new ApiLatencyBenchmark(web.url(), options)
          .run(history, LocalDate.ofInstant(end, ZoneOffset.UTC), out);
    }
    out.flush();
    return 0;
  }
}
