package com.vanitycall.cli.load;

import com.vanitycall.cli.DurationConverter;
import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CapturedRecord;
import com.vanitycall.loadtest.Judgement;
import com.vanitycall.loadtest.PipelineVerification;
import com.vanitycall.loadtest.Thresholds;
import com.vanitycall.loadtest.VerifyPage;
import com.vanitycall.loadtest.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code vanitycall load verify}: what was sent against what the pipeline persisted; exit status 1
 * on any gap.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Reconcile what was sent (a capture or generated file) with what the pipeline persisted:"
            + " every event exactly once in the calls table, the day's counters equal to the calls;"
            + " lists the gaps, exit status 1 if there are any.")
public final class VerifyLoadCommand extends LoadSubcommand {

  static final class Sent {
    @Option(names = "--capture", paramLabel = "FILE", description = "a capture file (load capture)")
    Path capture;

    @Option(
        names = "--generated",
        paramLabel = "FILE",
        description = "a file of load generate --out")
    Path generated;

    Path file() {
      return capture != null ? capture : generated;
    }
  }

  @ArgGroup(multiplicity = "1")
  private Sent sent;

  @Option(
      names = "--since",
      paramLabel = "T",
      description = "read stored calls from this ISO-8601 time (default: the earliest event sent)")
  private Instant since;

  @Option(
      names = "--wait",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "while there are gaps, look again every 2 s for this long (the pipeline may still be"
              + " working), e.g. 120s (${DEFAULT-VALUE})")
  private Duration wait;

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "also write the report as JSON")
  private Path report;

  @Option(
      names = "--html",
      paramLabel = "FILE.html",
      description =
          "also write the report as one self-contained page (no network): the verdict, what is"
              + " missing or doubled, each day's counters")
  private Path html;

  @Mixin private LoadTarget target;
  @Mixin private ThresholdOptions thresholdOptions;

  @Override
  int run() throws IOException {
    Thresholds thresholds = thresholdOptions.parse(spec, "verify", VerifyReport.MEASURED);
    Path file = sent.file();
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    List<CapturedRecord> records = new CaptureFile(file).readAll();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter progress = spec.commandLine().getErr();
    try (LoadTarget.Resolved resolved = target.resolve(spec)) {
      PipelineVerification verification = new PipelineVerification(resolved.history(spec));
      long giveUpAt = System.nanoTime() + wait.toNanos();
      VerifyReport found = verification.verify(records, Optional.ofNullable(since));
      while (found.hasGaps() && System.nanoTime() < giveUpAt) {
        progress.printf(
            "%,d of %,d stored, %,d missing; looking again...%n",
            found.stored(), found.distinctEvents(), found.missing().size());
        progress.flush();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
        found = verification.verify(records, Optional.ofNullable(since));
      }
      out.printf("verifying %s against %s%n", file, resolved.description());
      VerifyReport judged = found.withThresholds(thresholds.judge(found.measurements()));
      judged.print(out);
      List<Judgement> checks =
          List.of(
              new Judgement(
                  "nothing lost, nothing doubled",
                  String.format("lost = %,d, doubled = %,d", judged.lost(), judged.doubled()),
                  !judged.hasGaps()));
      Verdicts.print(out, checks, judged.thresholds());
      if (report != null) {
        judged.writeJson(report);
        out.printf("report: %s%n", report);
      }
      if (html != null) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("command", typed(spec));
        configuration.put("sent", file.toString());
        configuration.put("stored", resolved.description());
        configuration.put("thresholds", thresholdOptions.describe());
        VerifyPage.write(judged, configuration, html);
        out.printf("page: %s%n", html);
      }
      out.flush();
      return Verdicts.exitCode(checks, judged.thresholds());
    }
  }
}
