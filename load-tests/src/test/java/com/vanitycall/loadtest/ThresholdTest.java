package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thresholds as k6 writes them: each operator, unit and share passes and fails where it should. */
class ThresholdTest {

  /** p99 12.5 ms, 190.5/s, 3 errors and 1 dropped of 1,000 attempts, nothing lost. */
  private static final Measurements RUN =
      new Measurements(
          Map.of(
              Metric.P99, 12.5,
              Metric.MAX, 40.0,
              Metric.RATE, 190.5,
              Metric.ERRORS, 3.0,
              Metric.DROPPED, 1.0,
              Metric.LOST, 0.0,
              Metric.COUNT, 996.0),
          1_000);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "p99<20ms, true",
    "p99<12.5ms, false",
    "p99<=12.5ms, true",
    "p99<=12.4ms, false",
    "p99>10ms, true",
    "p99>12.5, false",
    "p99>=12.5ms, true",
    "p99>=13ms, false",
    "p99==12.5ms, true",
    "p99==12ms, false",
    "p99!=12ms, true",
    "p99!=12.5ms, false",
    "p99<0.02s, true",
    "p99<12000us, false",
    "max<1s, true",
    "rate>190/s, true",
    "rate>191/s, false",
    "rate>=190.5, true",
    "errors<0.5%, true",
    "errors<0.3%, false",
    "errors<=0.3%, true",
    "errors<4, true",
    "errors==0, false",
    "dropped<=1, true",
    "dropped==0, false",
    "lost==0, true",
    "lost!=0, false",
    "count>=996, true",
  })
  void eachOperator_passesAndFailsWhereItShould(String expression, boolean passes) {
    Judgement judged = Threshold.parse(expression).judge(RUN);

    assertThat(judged.passed()).isEqualTo(passes);
    assertThat(judged.what()).isEqualTo(expression);
  }

  @Test
  void whatWasMeasured_isShownWithItsUnit() {
    assertThat(Threshold.parse("p99<20ms").judge(RUN).measured()).isEqualTo("p99 = 12.50 ms");
    assertThat(Threshold.parse("errors<0.1%").judge(RUN).measured())
        .isEqualTo("errors = 0.300 % (3 of 1,000)");
    assertThat(Threshold.parse("rate>190/s").judge(RUN).measured()).isEqualTo("rate = 190.5/s");
    assertThat(Threshold.parse("lost==0").judge(RUN).measured()).isEqualTo("lost = 0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p99 20ms | is not a threshold",
        "p98<20ms | there is no metric 'p98'",
        "p99<fast | 'fast' is not a number",
        "p99<20kg | p99 is not measured in 'kg'; use ms, s or us",
        "rate>190/m | rate is not measured in '/m'",
        "errors<0.1ms | errors is not measured in 'ms'",
        "errors<101% | cannot be more than 100%",
        "=<3 | is not a threshold",
      })
  void aBadExpression_isRefused_namingWhatIsWrong(String expression, String message) {
    assertThatThrownBy(() -> Threshold.parse(expression))
        .isInstanceOf(InvalidThresholdException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aThresholdOnWhatTheCommandDoesNotMeasure_isRefused_sayingWhatItMeasures() {
    assertThatThrownBy(
            () ->
                Thresholds.parse(
                    List.of("p99<20ms"), "verify", Set.of(Metric.LOST, Metric.DOUBLED)))
        .isInstanceOf(InvalidThresholdException.class)
        .hasMessageContaining("verify does not measure p99; it measures");
  }

  @Test
  void abortOnFail_stopsOnACountAtOnce_onLatencyOnlyAfterTheFirstSeconds_andNeverOnARate() {
    Thresholds thresholds =
        Thresholds.parse(
            List.of("dropped==0", "p99<10ms", "rate>1000/s", "count>5000"),
            "storm",
            LoadReport.MEASURED);
    Measurements onlyLatencyAndRate =
        new Measurements(Map.of(Metric.P99, 12.5, Metric.RATE, 1.0, Metric.DROPPED, 0.0), 10);

    assertThat(thresholds.failedSoFar(RUN, Duration.ofSeconds(1)))
        .map(Judgement::what)
        .contains("dropped==0");
    assertThat(thresholds.failedSoFar(onlyLatencyAndRate, Duration.ofSeconds(1))).isEmpty();
    assertThat(thresholds.failedSoFar(onlyLatencyAndRate, Duration.ofSeconds(6)))
        .map(Judgement::what)
        .contains("p99<10ms");
    Thresholds lowerBounds =
        Thresholds.parse(List.of("rate>1000/s", "count>5000"), "storm", LoadReport.MEASURED);
    assertThat(lowerBounds.failedSoFar(RUN, Duration.ofSeconds(60))).isEmpty();
  }
}
