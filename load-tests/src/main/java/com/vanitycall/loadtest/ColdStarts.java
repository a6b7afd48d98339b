package com.vanitycall.loadtest;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Connect handler's cold start: a fresh JVM on the deployable's classpath (the shaded Lambda
 * jar, when built, plus the {@link ColdStartProbe}), timed from its start to its first answered
 * call.
 */
public final class ColdStarts {

  private final Optional<Path> lambdaJar;
  private final List<String> jvmOptions;
  private final Map<String, String> environment;

  /**
   * @param lambdaJar the Connect handler's shaded jar; empty: this JVM's classpath stands in
   * @param jvmOptions the probes' JVM options
   * @param environment the handler's variables: the stack's names and endpoints
   */
  public ColdStarts(
      Optional<Path> lambdaJar, List<String> jvmOptions, Map<String, String> environment) {
    this.lambdaJar = lambdaJar;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.environment = Map.copyOf(environment);
  }

  /** One fresh JVM, from its start to its first answer: a line that says how long it took. */
  public String measureOne() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-Daws.cborEnabled=false",
            "-Dvanitycall.log.level=WARN",
            "-cp",
            classpath(),
            ColdStartProbe.class.getName(),
            "+18003569377"));
    ProcessBuilder probe =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    probe.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = probe.start();
    try {
      String result;
      try (var reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        result = reader.readLine();
      }
      long toAnswerMillis = (System.nanoTime() - started) / 1_000_000;
      int exit = process.waitFor();
      return exit == 0 && result != null
          ? "fresh JVM to first answer " + toAnswerMillis + " ms (" + result + ")"
          : "the probe failed with exit code " + exit;
    } finally {
      process.destroyForcibly();
    }
  }

  private String classpath() {
    if (lambdaJar.isEmpty()) {
      return System.getProperty("java.class.path");
    }
    try {
      Path probe =
          Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return probe + File.pathSeparator + lambdaJar.get();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the probe's classes", e);
    }
  }
}
