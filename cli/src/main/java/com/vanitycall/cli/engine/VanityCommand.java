package com.vanitycall.cli.engine;

import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanitycall vanity}: the best vanity numbers for phone numbers, one line each. */
@Command(
    name = "vanity",
    mixinStandardHelpOptions = true,
    description = {
      "Best vanity numbers for phone numbers: arguments, --file PATH or standard input.",
      "One line per number; a bad number is a line with its status and error, and the batch"
          + " goes on."
    })
public final class VanityCommand implements Callable<Integer> {

  private static final int OUTPUT_BUFFER = 1 << 16;

  @Option(names = "--deep", description = "Use the full dictionary (the workflow's deep profile).")
  private boolean deep;

  @Option(
      names = "--json",
      description =
          "One JSON object per input line: {\"input\", \"status\", \"e164\", \"vanities\":"
              + " [{\"display\", \"words\", \"score\"}], \"error\"}.")
  private boolean json;

  @Option(names = "--file", paramLabel = "PATH", description = "Read numbers from this file.")
  private Path file;

  @Parameters(paramLabel = "NUMBER", arity = "0..*", description = "Phone numbers, any format.")
  private List<String> numbers = List.of();

  @Spec private CommandSpec spec;

  private final InputStream standardInput;

  public VanityCommand() {
    this(System.in);
  }

  /** For tests: reads numbers from this stream when neither arguments nor a file are given. */
  VanityCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    if (file != null && !numbers.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give numbers or --file, not both");
    }
    if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
      throw new ParameterException(
          spec.commandLine(),
          Files.isDirectory(file)
              ? file + " is a directory: --file takes a file of numbers, one a line"
              : "cannot read the file " + file);
    }
    VanityEngine engine = VanityEngine.load(deep ? Profile.DEEP : Profile.QUICK);
    VanityBatch batch = json ? VanityBatch.json(engine) : VanityBatch.text(engine);
    PrintWriter out = spec.commandLine().getOut();
    var buffered = new BufferedWriter(out, OUTPUT_BUFFER);
    if (!numbers.isEmpty()) {
      batch.run(numbers.iterator(), () -> true, buffered);
      return 0;
    }
    long answered;
    try (BufferedReader in = lines()) {
      answered = batch.run(in.lines().iterator(), () -> isReady(in), buffered);
    }
    if (answered == 0) {
      spec.commandLine()
          .getErr()
          .printf("no numbers in %s: nothing to answer%n", file == null ? "the input" : file);
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  private static boolean isReady(BufferedReader in) {
    try {
      return in.ready();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the numbers", e);
    }
  }

  private BufferedReader lines() throws IOException {
    if (file != null) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    return new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
  }
}
