package com.vanitycall.cli.bench;

import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java program run in a JVM of its own, its output on this terminal: the engine's benchmarks run
 * from the core's test classes (where JMH's annotation processor generated them), and the batch
 * benchmark times a fresh JVM of this command line.
 */
final class ChildJvm {

  private final String classpath;

  private ChildJvm(String classpath) {
    this.classpath = classpath;
  }

  /** The core's benchmark classpath, which its build writes ({@code bench-classpath.txt}). */
  static ChildJvm coreBenchmarks() {
    Path core = ProjectHome.locate().resolve("functions/core/target");
    Path dependencies = core.resolve("bench-classpath.txt");
    if (!Files.isRegularFile(dependencies) || !Files.isDirectory(core.resolve("test-classes"))) {
      throw new CommandFailedException(
          "the core's benchmarks are not built: run ./vanitycall, which builds what changed");
    }
    try {
      return new ChildJvm(
          String.join(
              File.pathSeparator,
              core.resolve("test-classes").toString(),
              core.resolve("classes").toString(),
              Files.readString(dependencies).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dependencies, e);
    }
  }

  /** This program's own classpath. */
  static ChildJvm thisCommandLine() {
    return new ChildJvm(System.getProperty("java.class.path"));
  }

  /**
   * Runs {@code mainClass} with these JVM options and arguments, standard error on this terminal
   * and standard output where {@code output} says.
   *
   * @return its exit status
   */
  int run(
      List<String> jvmOptions,
      String mainClass,
      List<String> arguments,
      ProcessBuilder.Redirect output)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Daws.cborEnabled=false");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(output)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      return process.waitFor();
    } finally {
      process.destroyForcibly();
    }
  }
}
