package com.vanitycall.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.ExitCode;
import com.vanitycall.cli.VanityCallCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Mistakes in a load command's thresholds and workload are usage errors (exit 2), one line naming
 * what is wrong, found before anything runs.
 */
class LoadOptionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "load storm --threshold p98<20ms | there is no metric 'p98'",
        "load storm --threshold p99<fast | 'fast' is not a number",
        "load storm --threshold errors<0.1ms | errors is not measured in 'ms'",
        "load storm --abort-on-fail | --abort-on-fail needs at least one --threshold",
        "load verify --generated calls.jsonl --threshold p99<20ms | verify does not measure p99",
        "load storm --rate 10 --concurrency 2 | --concurrency is the closed model",
        "load storm --rate 10 --stages 10s:5 | --rate and --stages are two ways",
        "load storm --stages 10s:5,ten:4 | 'ten:4' is not one",
        "load storm --stages 10s:5 --duration 5s | --stages set the duration",
        "load storm --concurrency 2 --max-in-flight 9 | --max-in-flight bounds an open model",
        "load compare a.json | Missing required parameter",
        "load compare a.json b.json --max-regression lots | 'lots' is not a percentage",
      })
  void aMistake_isOneLine_andTheUsageStatus(String command, String message) {
    StringWriter err = new StringWriter();
    CommandLine cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute(command.split(" "));

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString().lines()).singleElement().asString().contains(message);
  }
}
