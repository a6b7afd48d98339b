package com.vanitycall.cli.bench;

import com.vanitycall.cli.UserErrorException;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.phone.RandomNanpNumbers;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall bench cli [COUNT]}: the batch command line's throughput, a fresh JVM from start
 * to the last answer, on COUNT seeded random numbers (quick profile, JSON lines).
 */
@Command(
    name = "cli",
    mixinStandardHelpOptions = true,
    description =
        "The batch command line's throughput: `vanity --json --file` on COUNT seeded random"
            + " numbers in a fresh JVM, start to finish.")
public final class BatchBenchCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "COUNT",
      defaultValue = "1000000",
      description = "how many numbers (${DEFAULT-VALUE})")
  private int count;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (count < 1) {
      throw new UserErrorException("COUNT must be at least 1, not " + count);
    }
    Path numbers = numbersFile();
    PrintWriter err = spec.commandLine().getErr();
    err.printf("vanity --json --file %s (%,d numbers, quick profile)...%n", numbers, count);
    err.flush();
    long started = System.nanoTime();
    int exit =
        ChildJvm.thisCommandLine()
            .run(
                List.of(),
                "com.vanitycall.cli.VanityCallCli",
                List.of("vanity", "--json", "--file", numbers.toString()),
                ProcessBuilder.Redirect.DISCARD);
    long elapsedMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    if (exit != 0) {
      return exit;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "batch CLI: %d numbers in %d ms = %d numbers/s%n",
        count, elapsedMillis, count * 1000L / elapsedMillis);
    out.flush();
    return 0;
  }

  /** The seeded numbers, written once per count and kept for the next run. */
  private Path numbersFile() throws IOException {
    Path file = ProjectHome.locate().resolve(".vanitycall/bench-numbers-" + count + ".txt");
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          RandomNanpNumbers.generate(count, RandomNanpNumbers.SEED).stream()
              .map(PhoneNumber::e164)
              .toList(),
          StandardCharsets.US_ASCII);
    }
    return file;
  }
}
