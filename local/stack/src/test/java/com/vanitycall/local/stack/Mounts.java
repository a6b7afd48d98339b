package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * File systems a fault test mounts (a small tmpfs to fill, a read-only one), unmounted by {@link
 * #close()} whatever happened. Mounting needs root, which the suite has on the developers' machines
 * and in CI; elsewhere a test that needs it fails, saying so, rather than pass without trying.
 */
final class Mounts implements AutoCloseable {

  private final Deque<Path> mounted = new ArrayDeque<>();

  /** A tmpfs of {@code megabytes} at {@code dir} (created if missing). */
  Path tmpfs(Path dir, int megabytes) throws IOException {
    Files.createDirectories(dir);
    run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString());
    mounted.push(dir);
    return dir;
  }

  /** {@code dir}, from now on read-only (a bind mount of itself). */
  Path readOnly(Path dir) {
    run("mount", "--bind", dir.toString(), dir.toString());
    mounted.push(dir);
    run("mount", "-o", "remount,bind,ro", dir.toString());
    return dir;
  }

  /** Unmounts everything, the last mounted first. */
  @Override
  public void close() {
    List<String> failures = new ArrayList<>();
    while (!mounted.isEmpty()) {
      Path dir = mounted.pop();
      String failure = attempt("umount", "-l", dir.toString());
      if (failure != null) {
        failures.add(failure);
      }
    }
    assertThat(failures).as("unmounting").isEmpty();
  }

  private static void run(String... command) {
    String failure = attempt(command);
    assertThat(failure)
        .as(
            "this fault test mounts a file system, which needs root (as ./vanitycall test has on"
                + " the developers' machines and in CI); it ran as user "
                + System.getProperty("user.name"))
        .isNull();
  }

  /** Runs a command to its end (30 s at most); null if it succeeded, else what it said. */
  private static String attempt(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return String.join(" ", command) + " did not end within 30 s";
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.exitValue() == 0
          ? null
          : String.join(" ", command) + " failed: " + output.strip();
    } catch (IOException e) {
      return String.join(" ", command) + " could not run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Fills the file system of {@code dir} until {@code leaveBytes} are left free (about). */
  static Path fillLeaving(Path dir, long leaveBytes) throws IOException {
    Path filler = dir.resolve("filler");
    long toWrite = Files.getFileStore(dir).getUsableSpace() - leaveBytes;
    byte[] block = new byte[64 * 1024];
    try (var out = Files.newOutputStream(filler)) {
      for (long written = 0; written < toWrite; written += block.length) {
        out.write(block, 0, (int) Math.min(block.length, toWrite - written));
      }
    }
    return filler;
  }
}
