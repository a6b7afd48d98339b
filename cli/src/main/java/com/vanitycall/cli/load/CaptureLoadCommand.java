package com.vanitycall.cli.load;

import com.vanitycall.loadtest.CaptureFile;
import com.vanitycall.loadtest.CaptureOptions;
import com.vanitycall.loadtest.CapturePage;
import com.vanitycall.loadtest.StreamCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code vanitycall load capture --out FILE}: every shard of a stream into a capture file. */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description =
        "Read every shard of a stream into a capture file: JSON lines with arrival time, shard,"
            + " sequence number, partition key and data.")
public final class CaptureLoadCommand extends LoadSubcommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "the capture file to write")
  private Path out;

  @Option(
      names = "--from",
      defaultValue = "trim-horizon",
      description = "trim-horizon (the oldest record kept) or an ISO-8601 time (${DEFAULT-VALUE})")
  private String from;

  @Option(
      names = "--until",
      defaultValue = "now",
      description = "now (until every shard is caught up) or a record count (${DEFAULT-VALUE})")
  private String until;

  @Option(
      names = "--html",
      paramLabel = "FILE.html",
      description =
          "also write one self-contained page: records per second as they arrived, and every shard"
              + " read with the shards it was split or merged from")
  private Path html;

  @Mixin private LoadTarget target;

  @Override
  int run() throws IOException {
    CaptureOptions options;
    try (LoadTarget.Resolved resolved = target.resolve(spec)) {
      options = new CaptureOptions(resolved.stream(), start(), end());
      CaptureFile file = new CaptureFile(out);
      long captured;
      StreamCapture capture = new StreamCapture(resolved.kinesis(), options);
      try (CaptureFile.Writer writer = file.create()) {
        captured = capture.run(writer, spec.commandLine().getErr());
      }
      PrintWriter stdout = spec.commandLine().getOut();
      List<StreamCapture.ShardRead> shards = capture.shardsRead();
      stdout.printf(
          "captured %,d records of %s on %s into %s, from %d shards%s%n",
          captured,
          options.stream(),
          resolved.description(),
          out,
          shards.size(),
          shards.stream().anyMatch(s -> !s.parents().isEmpty())
              ? " (following their splits and merges)"
              : "");
      if (html != null) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("stream", options.stream() + " on " + resolved.description());
        settings.put("from", from);
        settings.put("until", until);
        settings.put("into", out.toString());
        CapturePage.write(
            captured, shards, capture.arrivalsPerSecond(), configuration(settings), html);
        stdout.printf("page: %s%n", html);
      }
      stdout.flush();
      return 0;
    }
  }

  private Optional<Instant> start() {
    if (from.equalsIgnoreCase("trim-horizon")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(from));
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--from takes trim-horizon or a time like 2026-11-22T13:45:00Z: " + from);
    }
  }

  private OptionalLong end() {
    if (until.equalsIgnoreCase("now")) {
      return OptionalLong.empty();
    }
    try {
      long count = Long.parseLong(until);
      if (count < 1) {
        throw new NumberFormatException();
      }
      return OptionalLong.of(count);
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(), "--until takes now or a positive count: " + until);
    }
  }
}
