package com.vanitycall.local.emulators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes sure an emulator can keep its files in a directory before it starts, and says why not in
 * one line when it cannot (a read-only file system, a file it may not write, no permission): the
 * emulators themselves report it late and in their own words (kinesalite exits, DynamoDB Local's
 * SQLite logs "attempt to write a readonly database" and answers every request with an error).
 */
final class DataDirectory {

  private DataDirectory() {}

  /**
   * Creates the directory if needed, and checks that a file can be created in it and that every
   * file already in it can be written.
   *
   * @param owner the emulator, as the message names it
   * @throws EmulatorStartException naming the directory or file and the reason
   */
  static Path prepare(String owner, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EmulatorStartException(
          owner + " cannot create its directory " + dir + ": " + reason(e), e);
    }
    try {
      Files.delete(Files.createTempFile(dir, ".writable-", ".probe"));
    } catch (IOException e) {
      throw new EmulatorStartException(owner + " cannot write in " + dir + ": " + reason(e), e);
    }
    for (Path file : files(owner, dir)) {
      if (!Files.isWritable(file)) {
        throw new EmulatorStartException(
            owner + " cannot write its file " + file + ": it is read-only");
      }
    }
    return dir;
  }

  private static List<Path> files(String owner, Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new EmulatorStartException(owner + " cannot read " + dir + ": " + reason(e), e);
    }
  }

  /** The operating system's words ("Read-only file system", "Permission denied"). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
