package com.vanitycall.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.VanityEngine;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

  @Test
  void priming_warmsEverything_andTakesAnExpectedRefusalInItsStride() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + closedPort);
    env.put("AWS_ENDPOINT_URL_KINESIS", "http://127.0.0.1:" + closedPort);
    env.put("CALL_EVENTS_STREAM", "events");
    env.put("VANITY_CACHE_TABLE", "cache");
    env.put("DEAD_LETTERS_TABLE", "dead");
    var priming = new SnapStartPriming(ConnectConfig.from(env), VanityEngine.load(Profile.QUICK));

    priming.primeUseCase();

    assertThat(priming.primeClients()).hasSize(2);
  }
}
