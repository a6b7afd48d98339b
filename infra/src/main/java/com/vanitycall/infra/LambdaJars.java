package com.vanitycall.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build leaves the shaded Lambda jars: {@code target/<artifact>-<version>-lambda.jar}.
 */
public record LambdaJars(Path connect, Path pipeline, Path api) {

  public static LambdaJars in(Path repoRoot) {
    String version = buildVersion();
    return new LambdaJars(
        jar(repoRoot, "functions/connect", "vanitycall-connect", version),
        jar(repoRoot, "functions/pipeline", "vanitycall-pipeline", version),
        jar(repoRoot, "functions/api", "vanitycall-api", version));
  }

  private static Path jar(Path repoRoot, String module, String artifact, String version) {
    return repoRoot
        .resolve(module)
        .resolve("target")
        .resolve(artifact + "-" + version + "-lambda.jar");
  }

  private static String buildVersion() {
    Properties properties = new Properties();
    try (InputStream in = LambdaJars.class.getResourceAsStream("/vanitycall-infra.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "vanitycall-infra.properties is missing: build infra first");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vanitycall-infra.properties", e);
    }
    return properties.getProperty("version");
  }
}
