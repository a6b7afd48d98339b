package com.vanitycall.infra;

import com.vanitycall.aws.schema.LakeViews;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The stateful half: stream, tables, key and the pipe's dead letters, and the history lake with
 * what analysts query it with; deployed and kept apart.
 */
public final class DataStack extends Stack {
  private final CallData data;
  private final CallLake lake;
  private final LakeAnalytics analytics;

  public DataStack(Construct scope, String id, StackProps props, DeploymentSettings settings) {
    super(scope, id, props);
    data =
        new CallData(
            this,
            "CallData",
            CallData.Props.builder().removalPolicy(settings.statefulRemovalPolicy()).build());
    lake =
        new CallLake(
            this,
            "CallLake",
            new CallLake.Props(
                data.key(), settings.lakeRetentionDays(), settings.statefulRemovalPolicy()));
    analytics =
        new LakeAnalytics(
            this,
            "LakeAnalytics",
            new LakeAnalytics.Props(
                lake,
                data.key(),
                settings.athenaBytesScannedCutoff(),
                settings.repoRoot().resolve(LakeViews.FILE),
                settings.statefulRemovalPolicy()));
    CfnOutput.Builder.create(this, "LakeDatabase").value(CallLake.DATABASE).build();
    CfnOutput.Builder.create(this, "AnalystWorkgroup").value(LakeAnalytics.WORKGROUP).build();
    CfnOutput.Builder.create(this, "AnalystPolicyArn")
        .value(analytics.analystPolicy().getManagedPolicyArn())
        .build();
  }

  public CallLake lake() {
    return lake;
  }

  public LakeAnalytics analytics() {
    return analytics;
  }

  public CallData data() {
    return data;
  }
}
