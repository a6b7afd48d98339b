package com.vanitycall.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * The app as {@code ./vanitycall synth} builds it — with a Connect instance, a phone number and an
 * alarm address — synthesized once per test JVM (the first synth starts jsii's Node process and
 * takes seconds; every test class shares it).
 */
final class SynthesizedApp {
  static final String INSTANCE_ARN =
      "arn:aws:connect:eu-west-2:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  static final Path REPO_ROOT =
      Path.of(System.getProperty("vanitycall.repoRoot", "..")).toAbsolutePath().normalize();

  private static SynthesizedApp shared;

  final Path outdir;
  final VanityCallStacks stacks;
  final String validationReport;
  final Template data;
  final Template service;
  final Template web;
  final Template contactCentre;

  private SynthesizedApp() {
    try {
      outdir = Files.createTempDirectory("vanitycall-cdk-out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the assembly holds copies of the Lambda jars (~27 MB): leave nothing behind
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(outdir)));
    Map<String, Object> context = new HashMap<>(cdkJsonContext());
    context.putAll(
        Map.of(
            DeploymentSettings.REPO_ROOT,
            REPO_ROOT.toString(),
            DeploymentSettings.CONNECT_INSTANCE_ARN,
            INSTANCE_ARN,
            DeploymentSettings.PHONE_NUMBER_COUNTRY,
            "GB",
            DeploymentSettings.ALARM_EMAIL,
            "oncall@example.com"));
    App app = App.Builder.create().outdir(outdir.toString()).context(context).build();
    stacks = VanityCallStacks.compose(app, DeploymentSettings.from(app.getNode()));
    app.synth();
    // read now: Template.fromStack synthesizes again, without validation, over the same folder
    validationReport = RepositoryFile.read(outdir.resolve("validation-report.json"));
    data = Template.fromStack(stacks.data());
    service = Template.fromStack(stacks.service());
    web = Template.fromStack(stacks.web());
    contactCentre = Template.fromStack(stacks.contactCentre().orElseThrow());
  }

  /** The feature flags and defaults of cdk.json, as the CDK CLI passes them to the app. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> cdkJsonContext() {
    try {
      Map<String, Object> cdkJson =
          new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
      return (Map<String, Object>) cdkJson.get("context");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read infra/cdk.json", e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  static synchronized SynthesizedApp get() {
    if (shared == null) {
      shared = new SynthesizedApp();
    }
    return shared;
  }
}
