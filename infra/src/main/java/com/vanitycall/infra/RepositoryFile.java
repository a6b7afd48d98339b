package com.vanitycall.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the repository's deployable files (ASL, contact flow, flow tests) for the synth. */
final class RepositoryFile {
  private RepositoryFile() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " for the synth", e);
    }
  }
}
