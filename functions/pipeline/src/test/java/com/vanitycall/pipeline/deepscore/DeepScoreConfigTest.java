package com.vanitycall.pipeline.deepscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepScoreConfigTest {

  @Test
  void withoutCallerTtlDays_callersAreKeptNinetyDays() {
    assertThat(DeepScoreConfig.fromEnvironment(Map.of()).callerTtl())
        .isEqualTo(Duration.ofDays(90));
  }

  @Test
  void callerTtlDays_isReadInDays() {
    assertThat(DeepScoreConfig.fromEnvironment(Map.of("CALLER_TTL_DAYS", " 30 ")).callerTtl())
        .isEqualTo(Duration.ofDays(30));
  }

  @Test
  void aCallerTtlThatIsNotAPositiveWholeNumber_failsNamingTheVariable() {
    assertThatThrownBy(() -> DeepScoreConfig.fromEnvironment(Map.of("CALLER_TTL_DAYS", "ninety")))
        .hasMessageContaining("CALLER_TTL_DAYS");
    assertThatThrownBy(() -> DeepScoreConfig.fromEnvironment(Map.of("CALLER_TTL_DAYS", "0")))
        .hasMessageContaining("CALLER_TTL_DAYS");
  }
}
