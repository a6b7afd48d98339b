package com.vanitycall.cli.load;

import com.vanitycall.cli.DurationConverter;
import com.vanitycall.cli.UserErrorException;
import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CaptureOptions;
import com.vanitycall.loadtest.CapturedRecord;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.ReplayOptions;
import com.vanitycall.loadtest.RunContext;
import com.vanitycall.loadtest.RunWatch;
import com.vanitycall.loadtest.StreamCapture;
import com.vanitycall.loadtest.StreamReplay;
import com.vanitycall.loadtest.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code vanitycall load replay FILE}: a capture file (or another stream) into a stream at N×. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Replay a capture file (or another stream) into a stream at N times its recorded pace,"
            + " keeping partition keys, the order within a key and the relative timing.")
public final class ReplayLoadCommand extends LoadSubcommand {

  static final class Source {
    @Parameters(
        paramLabel = "FILE",
        description = "a capture file (load capture, load generate --out)")
    Path file;

    @Option(
        names = "--from-stream",
        paramLabel = "NAME",
        description = "replay another stream's records instead (captured first, up to now)")
    String fromStream;
  }

  @ArgGroup(multiplicity = "1")
  private Source source;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "times the recorded pace (${DEFAULT-VALUE})")
  private double speed;

  @Option(
      names = "--seek",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description = "start this far into the recording, e.g. 30s (${DEFAULT-VALUE})")
  private Duration seek;

  @Option(
      names = "--to-stream",
      paramLabel = "NAME",
      description =
          "the stream to put the records on (default: --stream, or the local stack's call-events"
              + " stream); on the local stack a missing one is created with 2 shards")
  private String toStream;

  @Option(
      names = "--buffer",
      defaultValue = "10000",
      description = "records read ahead at most: the back-pressure bound (${DEFAULT-VALUE})")
  private int buffer;

  @Option(
      names = "--stats-every",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "how often to print a statistics line (${DEFAULT-VALUE})")
  private Duration statsEvery;

  @Mixin private LoadTarget target;
  @Mixin private ReportOptions reports;
  @Mixin private ThresholdOptions thresholdOptions;
  @Mixin private AbortOnFailOption abortOnFail;

  @Override
  int run() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter progress = spec.commandLine().getErr();
    Thresholds thresholds = thresholdOptions.parse(spec, "replay", LoadReport.MEASURED);
    RunWatch watch = abortOnFail.watch(spec, thresholds);
    // before anything is contacted: a file that is missing, empty or not a capture is said so
    CaptureFile given = source.file == null ? null : existing(source.file);
    try (LoadTarget.Resolved resolved = target.resolve(spec)) {
      String stream = toStream == null ? resolved.stream() : toStream;
      ReplayOptions options;
      try {
        options = new ReplayOptions(stream, speed, seek, buffer, statsEvery);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (resolved.createLocalStreamIfMissing(stream)) {
        progress.printf("created the stream %s (2 shards) on the local stack%n", stream);
      }
      CaptureFile file = given != null ? given : captured(resolved, progress);
      progress.printf(
          "replaying %s into %s on %s at %sx...%n",
          file.path(), stream, resolved.description(), speed);
      progress.flush();
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put(
          "records",
          source.file != null ? source.file.toString() : "the stream " + source.fromStream);
      settings.put("into", stream + " on " + resolved.description());
      settings.put(
          "pace",
          String.format(
              "%sx the recorded pace, from %d s in; buffer %,d", speed, seek.toSeconds(), buffer));
      settings.put("thresholds", thresholdOptions.describe());
      RunContext run = RunContext.startingNow(configuration(settings));
      LoadReport sent;
      try (Stream<CapturedRecord> records = file.records()) {
        sent = new StreamReplay(resolved.kinesis(), options).run(records, progress, watch);
      } finally {
        if (source.file == null) {
          Files.deleteIfExists(file.path());
        }
      }
      LoadReport report =
          sent.judged(run.ended(), List.of(), thresholds.judge(sent.measurements()));
      reports.emit(report, "replay at " + speed + "x into " + stream, "scheduled -> accepted", out);
      return Verdicts.exitCode(report.checks(), report.thresholds());
    }
  }

  /**
   * The capture file given, once its first record has been read.
   *
   * @throws ParameterException if it is not there
   * @throws UserErrorException if it holds no record: nothing to replay
   */
  private CaptureFile existing(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ParameterException(spec.commandLine(), "no capture file " + path);
    }
    CaptureFile file = new CaptureFile(path);
    try (Stream<CapturedRecord> records = file.records()) {
      if (records.findFirst().isEmpty()) {
        throw new UserErrorException(
            path
                + " holds no records: there is nothing to replay (load capture or load generate"
                + " --out write one)");
      }
    }
    return file;
  }

  private CaptureFile captured(LoadTarget.Resolved resolved, PrintWriter progress)
      throws IOException {
    CaptureFile file = new CaptureFile(Files.createTempFile("vanitycall-replay-", ".jsonl"));
    try (CaptureFile.Writer writer = file.create()) {
      long n =
          new StreamCapture(resolved.kinesis(), CaptureOptions.everything(source.fromStream))
              .run(writer, progress);
      progress.printf("captured %,d records of %s%n", n, source.fromStream);
    }
    return file;
  }
}
