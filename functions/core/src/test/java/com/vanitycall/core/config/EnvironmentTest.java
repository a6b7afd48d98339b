package com.vanitycall.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void aBlankVariable_countsAsMissing_andFailsNamingIt() {
    var env = new Environment(Map.of("CALLS_TABLE", "  "));

    assertThatThrownBy(() -> env.required("CALLS_TABLE"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("CALLS_TABLE must be set");
    assertThat(env.endpoint("CALLS_TABLE")).isEmpty();
    assertThat(env.positive("CALLS_TABLE", 7)).isEqualTo(7);
  }

  @Test
  void values_areReadWithoutSurroundingSpace() {
    var env = new Environment(Map.of("N", " 30 ", "URL", " http://127.0.0.1:8000 "));

    assertThat(env.positive("N", 1)).isEqualTo(30);
    assertThat(env.requiredEndpoint("URL")).isEqualTo(URI.create("http://127.0.0.1:8000"));
  }

  @Test
  void zeroNegativeOrWords_areNotPositiveNumbers() {
    for (String bad : new String[] {"0", "-5", "ninety"}) {
      assertThatThrownBy(() -> new Environment(Map.of("N", bad)).positive("N", 1))
          .hasMessage("N must be a positive whole number, was '" + bad + "'");
    }
  }

  @Test
  void aRelativeUrl_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> new Environment(Map.of("URL", "localhost")).endpoint("URL"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("URL must be an absolute URL");
  }

  @Test
  void callersAreKeptNinetyDays_unlessCallerTtlDaysSaysOtherwise() {
    assertThat(new Environment(Map.of()).callerTtl()).isEqualTo(Duration.ofDays(90));
    assertThat(new Environment(Map.of("CALLER_TTL_DAYS", "30")).callerTtl())
        .isEqualTo(Duration.ofDays(30));
  }
}
