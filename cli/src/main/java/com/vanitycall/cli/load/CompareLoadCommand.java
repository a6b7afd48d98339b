package com.vanitycall.cli.load;

import com.vanitycall.cli.ThresholdsFailedException;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.RunComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vanitycall load compare BASE.json NEW.json}: two runs side by side, the change of each
 * figure, and exit status 99 if any regressed beyond {@code --max-regression}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare two runs of one kind (their --report JSON): throughput, p50, p90, p99, p99.9,"
            + " max, errors, late and dropped side by side with the change of each; exit status 99"
            + " if any regressed by more than --max-regression.")
public final class CompareLoadCommand extends LoadSubcommand {

  @Parameters(index = "0", paramLabel = "BASE.json", description = "the run to compare against")
  private Path base;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "the run to judge")
  private Path candidate;

  @Option(
      names = "--max-regression",
      paramLabel = "PERCENT",
      defaultValue = "10%",
      converter = Percent.class,
      description =
          "how much worse a figure may be: lower throughput, higher latency, a larger share of"
              + " errors, late or dropped starts (${DEFAULT-VALUE})")
  private double maxRegression;

  @Option(
      names = "--html",
      paramLabel = "FILE.html",
      description =
          "also write the comparison as one self-contained page: both runs side by side and both"
              + " latency distributions on one chart")
  private Path html;

  @Override
  int run() {
    RunComparison comparison =
        RunComparison.of(
            base.toString(),
            LoadReport.read(base),
            candidate.toString(),
            LoadReport.read(candidate),
            maxRegression);
    PrintWriter out = spec.commandLine().getOut();
    comparison.print(out);
    if (html != null) {
      comparison.writeHtml(html);
      out.printf("page: %s%n", html);
      out.flush();
    }
    if (comparison.regressed()) {
      throw new ThresholdsFailedException(
          String.format(
              "%d figure(s) regressed by more than %s%%: %s",
              comparison.regressions().size(),
              comparison.bound(),
              String.join(
                  ", ",
                  comparison.regressions().stream()
                      .map(r -> r.figure() + " " + r.baseShown() + " -> " + r.candidateShown())
                      .toList())));
    }
    return 0;
  }

  /** A percentage as people type it: {@code 10%} or {@code 10}. */
  static final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double percent = Double.parseDouble(value.strip().replaceFirst("%$", "").strip());
        if (percent >= 0 && Double.isFinite(percent)) {
          return percent;
        }
      } catch (NumberFormatException notANumber) {
        // said below
      }
      throw new TypeConversionException(
          "'" + value + "' is not a percentage: write e.g. 10% or 2.5");
    }
  }
}
