package com.vanitycall.cli.deploy;

import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code vanitycall synth [CDK ARGUMENTS]}: the CDK app synthesized offline into {@code cdk.out/}
 * by the pinned CDK CLI, with no account and no network. Unless a Connect instance is named ({@code
 * -c connectInstanceArn=...}), an example one (account 123456789012, us-east-1) stands in so that
 * every stack is synthesized.
 */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description =
        "Synthesize the CDK app offline into cdk.out/; arguments go to `cdk synth` (-c"
            + " connectInstanceArn=arn:aws:connect:REGION:ACCOUNT:instance/ID names your instance).")
public final class SynthCommand implements Callable<Integer> {

  static final String EXAMPLE_INSTANCE =
      "arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000";

  @Unmatched private List<String> cdkArguments = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    var home = ProjectHome.locate();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("local/node/node_modules/.bin/cdk").toString());
    command.addAll(
        List.of(
            "synth",
            "--quiet",
            "--no-lookups",
            "--no-notices",
            "--output",
            home.resolve("cdk.out").toString()));
    if (cdkArguments.stream().noneMatch(argument -> argument.contains("connectInstanceArn="))) {
      command.addAll(List.of("-c", "connectInstanceArn=" + EXAMPLE_INSTANCE));
    }
    command.addAll(cdkArguments);
    ProcessBuilder cdk = new ProcessBuilder(command).directory(home.resolve("infra").toFile());
    cdk.environment()
        .putAll(
            Map.of(
                "AWS_EC2_METADATA_DISABLED", "true",
                "CDK_DISABLE_VERSION_CHECK", "true",
                "CDK_DISABLE_CLI_TELEMETRY", "true",
                "JSII_DEPRECATED", "quiet"));
    Process process = cdk.inheritIO().start();
    try {
      return process.waitFor();
    } finally {
      process.destroyForcibly();
    }
  }
}
