package com.vanitycall.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFlowTest {

  @Test
  void theShippedFlow_isReadWithItsLambdaArnSubstituted() {
    ContactFlow flow = ShippedFlow.flow();

    assertThat(flow.start().identifier()).isEqualTo("greet");
    assertThat(flow.action("lookup").parameter("LambdaFunctionARN"))
        .contains(ShippedFlow.LAMBDA_ARN);
    assertThat(flow.action("lookup").parameter("InvocationTimeLimitSeconds")).contains("3");
  }

  @Test
  void aBlockOfAnUnknownType_isRefused_namingTheBlock() {
    String json = ShippedFlow.json().replace("\"DisconnectParticipant\"", "\"TransferToQueue\"");

    assertThatThrownBy(() -> ContactFlow.parse(json, ShippedFlow.SUBSTITUTIONS))
        .isInstanceOf(MalformedFlowException.class)
        .hasMessageContaining("'disconnect'")
        .hasMessageContaining("TransferToQueue");
  }

  @Test
  void aTransitionToAMissingBlock_isRefused_namingBoth() {
    String json =
        ShippedFlow.json().replace("\"NextAction\": \"disconnect\"", "\"NextAction\": \"hang-up\"");

    assertThatThrownBy(() -> ContactFlow.parse(json, ShippedFlow.SUBSTITUTIONS))
        .isInstanceOf(MalformedFlowException.class)
        .hasMessageContaining("'goodbye' leads to 'hang-up'");
  }

  @Test
  void aLambdaBlockWithoutStringMapValidation_isRefused_namingTheBlock() {
    String json = ShippedFlow.json().replace("\"STRING_MAP\"", "\"JSON\"");

    assertThatThrownBy(() -> ContactFlow.parse(json, ShippedFlow.SUBSTITUTIONS))
        .hasMessageContaining("'lookup'")
        .hasMessageContaining("STRING_MAP");
  }

  @Test
  void aFlowOfAnotherVersionOrNotJson_isRefused() {
    assertThatThrownBy(() -> ContactFlow.parse("{\"Version\":\"2020-01-01\"}", Map.of()))
        .hasMessageContaining("2019-10-30");
    assertThatThrownBy(() -> ContactFlow.parse("not json", Map.of()))
        .hasMessageContaining("not JSON");
  }
}
