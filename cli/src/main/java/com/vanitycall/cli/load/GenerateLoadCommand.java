package com.vanitycall.cli.load;

import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CapturedRecord;
import com.vanitycall.loadtest.GeneratedCalls;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.ReplayOptions;
import com.vanitycall.loadtest.RunContext;
import com.vanitycall.loadtest.RunWatch;
import com.vanitycall.loadtest.StreamRefusedException;
import com.vanitycall.loadtest.StreamReplay;
import com.vanitycall.loadtest.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code vanitycall load generate}: synthetic call events to the stream and/or a file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Synthetic call events of realistic shape (area-code mix, repeat callers, withheld and"
            + " invalid numbers, bursts) to the stream at a target rate, and/or to a capture file.")
public final class GenerateLoadCommand extends LoadSubcommand {

  @Option(
      names = "--calls",
      defaultValue = "1000",
      description = "how many calls (${DEFAULT-VALUE})")
  private int calls;

  @Option(
      names = "--rate",
      defaultValue = "100",
      description = "calls per second on average (${DEFAULT-VALUE})")
  private double rate;

  @Option(
      names = "--seed",
      description =
          "the generator's seed: the same seed gives the same calls, event ids included, which the"
              + " pipeline then drops as replays (default: a new one each run, printed)")
  private Long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "also write the calls to this capture file")
  private Path out;

  @Option(
      names = "--file-only",
      description =
          "only write --out, at once, and send nothing (replay it later with load replay)")
  private boolean fileOnly;

  @Mixin private LoadTarget target;
  @Mixin private ReportOptions reports;
  @Mixin private ThresholdOptions thresholdOptions;
  @Mixin private AbortOnFailOption abortOnFail;

  @Override
  int run() throws IOException {
    if (fileOnly && out == null) {
      throw new ParameterException(spec.commandLine(), "--file-only needs --out FILE");
    }
    Thresholds thresholds = thresholdOptions.parse(spec, "generate", LoadReport.MEASURED);
    RunWatch watch = abortOnFail.watch(spec, thresholds);
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
    spec.commandLine()
        .getErr()
        .printf("seed %d (--seed %d generates these calls again)%n", chosenSeed, chosenSeed);
    List<CapturedRecord> generated;
    try {
      generated = GeneratedCalls.generate(calls, rate, chosenSeed, Instant.now());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      new CaptureFile(out).write(generated);
      stdout.printf("wrote %,d calls to %s%n", generated.size(), out);
      stdout.flush();
    }
    if (fileOnly) {
      return 0;
    }
    try (LoadTarget.Resolved resolved = target.resolve(spec)) {
      PrintWriter progress = spec.commandLine().getErr();
      progress.printf(
          "sending %,d calls at %,.0f/s on average to %s on %s...%n",
          calls, rate, resolved.stream(), resolved.description());
      progress.flush();
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("calls", String.format("%,d at %s/s on average, in bursts", calls, rate));
      settings.put("seed", String.valueOf(chosenSeed));
      settings.put("stream", resolved.stream() + " on " + resolved.description());
      settings.put("thresholds", thresholdOptions.describe());
      RunContext run = RunContext.startingNow(configuration(settings));
      LoadReport sent;
      try {
        sent =
            new StreamReplay(resolved.kinesis(), ReplayOptions.of(resolved.stream(), 1), "generate")
                .run(generated.stream(), progress, watch);
      } catch (StreamRefusedException e) {
        throw new StreamRefusedException(
            e.getMessage()
                + String.format(
                    "; %,d calls were generated%s",
                    generated.size(), out == null ? "" : ", every one of them in " + out),
            e);
      }
      LoadReport report =
          sent.judged(run.ended(), List.of(), thresholds.judge(sent.measurements()));
      reports.emit(report, "generate at " + rate + "/s", "scheduled -> accepted", stdout);
      return Verdicts.exitCode(report.checks(), report.thresholds());
    }
  }
}
