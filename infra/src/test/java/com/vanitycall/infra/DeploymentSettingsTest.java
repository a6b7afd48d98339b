package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;

class DeploymentSettingsTest {
  private static final String ARN =
      "arn:aws:connect:eu-west-2:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  @Test
  void instanceArn_givesTheRegionAccountAndIdToDeployTo() {
    DeploymentSettings.ConnectInstance instance = DeploymentSettings.ConnectInstance.parse(ARN);
    assertThat(instance.region()).isEqualTo("eu-west-2");
    assertThat(instance.account()).isEqualTo("123456789012");
    assertThat(instance.id()).isEqualTo("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    DeploymentSettings settings = settings(Optional.of(instance), false);
    assertThat(settings.environment().getRegion()).isEqualTo("eu-west-2");
    assertThat(settings.environment().getAccount()).isEqualTo("123456789012");
  }

  @Test
  void somethingThatIsNotAnInstanceArn_isRefused_namingTheContextKey() {
    assertThatThrownBy(
            () ->
                DeploymentSettings.ConnectInstance.parse("arn:aws:connect:eu-west-2:1:instance/x"))
        .hasMessageContaining("connectInstanceArn");
  }

  @Test
  void anInstanceInAnotherPartition_isRefusedAtSynth_notAtDeploy() {
    assertThatThrownBy(
            () ->
                DeploymentSettings.ConnectInstance.parse(
                    "arn:aws-cn:connect:cn-north-1:123456789012:instance/"
                        + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"))
        .hasMessageContaining("connectInstanceArn")
        .hasMessageContaining("commercial partition");
  }

  @Test
  void dataIsRetained_unlessTheEnvironmentIsDev() {
    assertThat(settings(Optional.empty(), false).statefulRemovalPolicy())
        .isEqualTo(RemovalPolicy.RETAIN);
    assertThat(settings(Optional.empty(), true).statefulRemovalPolicy())
        .isEqualTo(RemovalPolicy.DESTROY);
  }

  @Test
  void flowTests_areDeployedUnlessTheContextSaysFalse_andNothingElseIsTakenForAnAnswer() {
    assertThat(fromContext(Map.of()).flowTests()).isTrue();
    assertThat(fromContext(Map.of(DeploymentSettings.FLOW_TESTS, "true")).flowTests()).isTrue();
    assertThat(fromContext(Map.of(DeploymentSettings.FLOW_TESTS, "false")).flowTests()).isFalse();
    assertThatThrownBy(() -> fromContext(Map.of(DeploymentSettings.FLOW_TESTS, "no")))
        .hasMessageContaining(DeploymentSettings.FLOW_TESTS)
        .hasMessageContaining("true or false");
  }

  @Test
  void aPhoneNumber_needsAnInstanceToBelongTo() {
    assertThatThrownBy(
            () ->
                new DeploymentSettings(
                    Path.of("."),
                    Optional.empty(),
                    false,
                    Optional.of(new DeploymentSettings.PhoneNumberClaim("US", "DID")),
                    Optional.empty(),
                    true,
                    DeploymentSettings.DEFAULT_LAKE_RETENTION_DAYS,
                    DeploymentSettings.DEFAULT_ATHENA_BYTES_SCANNED_CUTOFF))
        .hasMessageContaining("phoneNumberCountry");
  }

  @Test
  void aPhoneNumberClaim_isACountryCodeAndDidOrTollFree() {
    assertThatThrownBy(() -> new DeploymentSettings.PhoneNumberClaim("usa", "DID"))
        .hasMessageContaining("phoneNumberCountry");
    assertThatThrownBy(() -> new DeploymentSettings.PhoneNumberClaim("US", "MOBILE"))
        .hasMessageContaining("phoneNumberType");
  }

  private static DeploymentSettings fromContext(Map<String, String> context) {
    return DeploymentSettings.from(App.Builder.create().context(context).build().getNode());
  }

  private static DeploymentSettings settings(
      Optional<DeploymentSettings.ConnectInstance> instance, boolean dev) {
    return new DeploymentSettings(
        Path.of("."),
        instance,
        dev,
        Optional.empty(),
        Optional.empty(),
        true,
        DeploymentSettings.DEFAULT_LAKE_RETENTION_DAYS,
        DeploymentSettings.DEFAULT_ATHENA_BYTES_SCANNED_CUTOFF);
  }
}
