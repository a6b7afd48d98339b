package com.vanitycall.cli.load;

import com.vanitycall.cli.ExitCode;
import com.vanitycall.cli.TextTable;
import com.vanitycall.cli.ThresholdsFailedException;
import com.vanitycall.loadtest.Judgement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A load run's verdict as the command line shows it: every threshold (and any check that failed) in
 * a final table, and the exit status: 99 if a threshold failed, 1 if a check did, else 0.
 */
final class Verdicts {

  private Verdicts() {}

  /** The final table: every threshold given, and the checks when one failed or thresholds exist. */
  static void print(PrintWriter out, List<Judgement> checks, List<Judgement> thresholds) {
    boolean checkFailed = checks.stream().anyMatch(j -> !j.passed());
    if (thresholds.isEmpty() && !checkFailed) {
      return;
    }
    List<Judgement> all = new ArrayList<>(thresholds);
    all.addAll(checks);
    TextTable table = new TextTable("threshold or check", "measured", "result");
    all.forEach(j -> table.row(j.what(), j.measured(), j.passed() ? "passed" : "FAILED"));
    table.print(out);
    out.flush();
  }

  /**
   * @return {@link ExitCode#FAILED} if a check failed, else {@link ExitCode#OK}
   * @throws ThresholdsFailedException naming the thresholds that failed, if any did
   */
  static int exitCode(List<Judgement> checks, List<Judgement> thresholds) {
    List<Judgement> failed = thresholds.stream().filter(j -> !j.passed()).toList();
    if (!failed.isEmpty()) {
      throw new ThresholdsFailedException(
          String.format(
              "%d of %d threshold(s) failed: %s",
              failed.size(),
              thresholds.size(),
              String.join(
                  "; ", failed.stream().map(j -> j.what() + " (" + j.measured() + ")").toList())));
    }
    return checks.stream().allMatch(Judgement::passed) ? ExitCode.OK : ExitCode.FAILED;
  }
}
