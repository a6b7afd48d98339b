package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;

class VanityCallStacksTest {
  @Test
  void withoutAConnectInstance_onlyTheDataServiceAndWebStacksAreComposed() {
    Map<String, Object> context = new HashMap<>(SynthesizedApp.cdkJsonContext());
    context.put(DeploymentSettings.REPO_ROOT, SynthesizedApp.REPO_ROOT.toString());
    App app = App.Builder.create().context(context).build();

    VanityCallStacks stacks = VanityCallStacks.compose(app, DeploymentSettings.from(app.getNode()));

    assertThat(stacks.contactCentre()).isEmpty();
    assertThat(app.getNode().getChildren())
        .containsExactlyInAnyOrder(stacks.data(), stacks.service(), stacks.web());
  }

  @Test
  void withAConnectInstance_theStacksDeployToItsAccountAndRegion_inDependencyOrder() {
    SynthesizedApp synthesized = SynthesizedApp.get();
    VanityCallStacks stacks = synthesized.stacks;
    ContactCentreStack contact = stacks.contactCentre().orElseThrow();

    assertThat(contact.getRegion()).isEqualTo("eu-west-2");
    assertThat(stacks.service().getAccount()).isEqualTo("123456789012");
    assertThat(stacks.service().getDependencies()).containsExactly(stacks.data());
    assertThat(contact.getDependencies()).containsExactly(stacks.service());
    // the web stack reads the data and alarms on the service stack's topic
    assertThat(stacks.web().getDependencies())
        .containsExactlyInAnyOrder(stacks.data(), stacks.service());
  }
}
