package com.vanitycall.local.emulators;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the vanitycall checkout, where the pinned Node tools live ({@code local/node}). Taken
 * from {@code VANITYCALL_HOME} if set, else found by walking up from the working directory.
 */
public final class ProjectHome {

  private ProjectHome() {}

  public static Path locate() {
    String configured = System.getenv("VANITYCALL_HOME");
    if (configured != null && !configured.isBlank()) {
      return requireNodeTools(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("local/node/package.json"))) {
        return requireNodeTools(dir);
      }
    }
    throw new EmulatorStartException(
        "cannot find the vanitycall checkout above "
            + Path.of("").toAbsolutePath()
            + "; set VANITYCALL_HOME to it");
  }

  /** The directory of the pinned Node tools. */
  public static Path nodeTools() {
    return locate().resolve("local/node");
  }

  private static Path requireNodeTools(Path home) {
    if (!Files.isDirectory(home.resolve("local/node/node_modules/kinesalite"))) {
      throw new EmulatorStartException(
          "the Node tools are not installed in "
              + home.resolve("local/node")
              + "; run ./vanitycall test or (cd local/node && npm ci)");
    }
    return home;
  }
}
