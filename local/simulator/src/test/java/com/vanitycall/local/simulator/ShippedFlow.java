package com.vanitycall.local.simulator;

import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The flow and its test files (deployed and simulator-only) as the repository ships them. */
final class ShippedFlow {

  static final String LAMBDA_ARN = "arn:aws:lambda:us-east-1:000000000000:function:vanity-lookup";
  static final Map<String, String> SUBSTITUTIONS = Map.of("VanityLookupFunctionArn", LAMBDA_ARN);

  private ShippedFlow() {}

  static Path directory() {
    return ProjectHome.locate().resolve("contact-flows");
  }

  static String json() {
    try {
      return Files.readString(directory().resolve("vanity-lookup.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContactFlow flow() {
    return ContactFlow.read(directory().resolve("vanity-lookup.json"), SUBSTITUTIONS);
  }

  /** The tests deployed as Connect test cases: documented shapes only. */
  static List<Path> deployedTestFiles() {
    return jsonFiles("tests");
  }

  /** The tests that rely on what Connect does not document, run by the simulator alone. */
  static List<Path> simulatorOnlyTestFiles() {
    return jsonFiles("simulator-tests");
  }

  static List<Path> allTestFiles() {
    return Stream.concat(deployedTestFiles().stream(), simulatorOnlyTestFiles().stream()).toList();
  }

  private static List<Path> jsonFiles(String folder) {
    try (Stream<Path> files = Files.list(directory().resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
