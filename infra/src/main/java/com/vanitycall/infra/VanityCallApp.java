package com.vanitycall.infra;

import software.amazon.awscdk.App;

/** {@code cdk synth} / {@code cdk deploy} entry point: context in, cloud assembly out. */
public final class VanityCallApp {
  private VanityCallApp() {}

  public static void main(String[] args) {
    App app = new App();
    VanityCallStacks.compose(app, DeploymentSettings.from(app.getNode()));
    app.synth();
  }
}
