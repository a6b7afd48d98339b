package com.vanitycall.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** The stateful half: stream, tables, key and the pipe's dead letters, deployed and kept apart. */
public final class DataStack extends Stack {
  private final CallData data;

  public DataStack(Construct scope, String id, StackProps props, DeploymentSettings settings) {
    super(scope, id, props);
    data =
        new CallData(
            this,
            "CallData",
            CallData.Props.builder().removalPolicy(settings.statefulRemovalPolicy()).build());
  }

  public CallData data() {
    return data;
  }
}
