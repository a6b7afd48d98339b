package com.vanitycall.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.core.config.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectConfigTest {

  private static Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", "eu-west-1");
    env.put("CALL_EVENTS_STREAM", "events");
    env.put("VANITY_CACHE_TABLE", "cache");
    env.put("DEAD_LETTERS_TABLE", "dead");
    return env;
  }

  @Test
  void aMinimalEnvironment_getsTheDocumentedDefaults_andNoEndpointOverrides() {
    ConnectConfig config = ConnectConfig.from(minimal());

    assertThat(config.cacheTimeout()).isEqualTo(Duration.ofMillis(150));
    assertThat(config.publishTimeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(config.callerTtl()).isEqualTo(Duration.ofDays(90));
    assertThat(config.dynamoDbEndpoint()).isEmpty();
    assertThat(config.kinesisEndpoint()).isEmpty();
  }

  @Test
  void endpointOverrides_areReadForTheLocalStack() {
    Map<String, String> env = minimal();
    env.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");

    assertThat(ConnectConfig.from(env).dynamoDbEndpoint())
        .contains(URI.create("http://127.0.0.1:8000"));
  }

  @Test
  void aMissingVariable_failsNamingIt() {
    Map<String, String> env = minimal();
    env.remove("VANITY_CACHE_TABLE");

    assertThatThrownBy(() -> ConnectConfig.from(env))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("VANITY_CACHE_TABLE");
  }

  @Test
  void anInvalidNumberOrUrl_failsNamingTheVariableAndTheValue() {
    Map<String, String> badTimeout = minimal();
    badTimeout.put("CACHE_TIMEOUT_MS", "-5");
    Map<String, String> badUrl = minimal();
    badUrl.put("AWS_ENDPOINT_URL_KINESIS", "localhost");

    assertThatThrownBy(() -> ConnectConfig.from(badTimeout))
        .hasMessageContaining("CACHE_TIMEOUT_MS")
        .hasMessageContaining("-5");
    assertThatThrownBy(() -> ConnectConfig.from(badUrl))
        .hasMessageContaining("AWS_ENDPOINT_URL_KINESIS");
  }
}
