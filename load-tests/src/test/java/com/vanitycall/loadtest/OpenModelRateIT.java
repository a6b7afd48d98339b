package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.local.stack.LocalConnectHandler;
import com.vanitycall.local.stack.LocalStack;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The open model on the real Connect handler of an idle in-memory stack keeps its rate: over 30 s
 * at 100 calls/s every intended start is made (none dropped or skipped), so the calls answered are
 * the rate times the time within 2%. Counted from the scheduler's own intended and made starts, not
 * from how fast this machine happens to be.
 */
class OpenModelRateIT {

  private static final double RATE = 100;
  private static final Duration LENGTH = Duration.ofSeconds(30);
  private static final List<String> NUMBERS =
      List.of("+18003569377", "+14155550123", "anonymous", "+12125550199");

  @Test
  void thirtySecondsAt100PerSecond_makesEveryIntendedStart_andKeepsTheRateWithin2Percent() {
    LoadReport report;
    try (LocalStack stack = LocalStack.inMemory();
        LocalConnectHandler local = LocalConnectHandler.start(stack.environment())) {
      StormTarget handler = StormTarget.inProcess(local.handler());
      report =
          new HandlerStorm(
                  handler,
                  new OpenWorkload(ArrivalRate.constant(RATE, LENGTH), 100),
                  List.of("+18003569377", "+14155550123", "anonymous", "+12125550199"))
              .run(new PrintWriter(Writer.nullWriter()))
              .report();
    }

    long intended = (long) (RATE * LENGTH.toSeconds());
    assertThat(report.intended()).isEqualTo(intended);
    assertThat(report.count() + report.errorCount() + report.dropped()).isEqualTo(intended);
    assertThat(report.count())
        .as("starts made and answered")
        .isGreaterThanOrEqualTo((long) (intended * 0.98));
    assertThat(report.rate()).isCloseTo(RATE, org.assertj.core.data.Percentage.withPercentage(2));
  }
}
