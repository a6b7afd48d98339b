package com.vanitycall.local.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Kinesis-API emulator (kinesalite, pinned in {@code local/node}) as a child process on
 * loopback, in memory or backed by LevelDB files in a directory. Clients must turn CBOR off ({@code
 * AWS_CBOR_DISABLE=true} or {@code -Daws.cborEnabled=false}).
 */
public final class KinesisEmulator implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private KinesisEmulator(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static KinesisEmulator inMemory() {
    return start(Loopback.freePort(), null);
  }

  /** Keeps the streams in {@code dataDir} (created if missing), so they survive a restart. */
  public static KinesisEmulator fileBacked(Path dataDir) {
    return start(Loopback.freePort(), dataDir);
  }

  /** Starts on a given port, in memory when {@code dataDir} is null. */
  public static KinesisEmulator start(int port, Path dataDir) {
    Path nodeTools = ProjectHome.nodeTools();
    List<String> command =
        new ArrayList<>(
            List.of(
                nodeTools.resolve("node_modules/.bin/node").toString(),
                nodeTools.resolve("kinesis-emulator.js").toString(),
                Integer.toString(port)));
    Loopback.requireFree("kinesalite", port, "--emulator-port");
    try {
      Path log;
      if (dataDir != null) {
        DataDirectory.prepare("kinesalite", dataDir);
        command.add(dataDir.toAbsolutePath().toString());
        log = dataDir.resolve("kinesalite.log");
      } else {
        log = Files.createTempFile("kinesalite-" + port + "-", ".log");
      }
      Process process =
          new ProcessBuilder(command)
              .directory(nodeTools.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      KinesisEmulator emulator = new KinesisEmulator(process, port, log);
      try {
        Loopback.awaitListening("kinesalite", port, Duration.ofSeconds(30), process::isAlive);
      } catch (EmulatorStartException e) {
        emulator.close();
        throw new EmulatorStartException(e.getMessage() + "; its log is " + log, e);
      }
      return emulator;
    } catch (IOException e) {
      throw new EmulatorStartException(
          "kinesalite could not be started: " + DataDirectory.reason(e) + " (" + command + ")", e);
    }
  }

  public URI endpoint() {
    return URI.create("http://" + Loopback.HOST + ":" + port);
  }

  public int port() {
    return port;
  }

  /** The emulator's own output, for diagnosing a failure. */
  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  /** Completes when the process has exited, however it ended. */
  public CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /**
   * Why the process ended, in one line: its pid, its exit code and the last line of its log
   * (kinesalite's own words, e.g. "No space left on device").
   */
  public String exitReason() {
    String code =
        "pid "
            + process.pid()
            + (process.isAlive() ? ", still running" : ", exit code " + process.exitValue());
    try (Stream<String> lines = Files.lines(log)) {
      return lines
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .reduce((first, second) -> second)
          .map(last -> code + ", its log ends: " + last)
          .orElse(code);
    } catch (IOException | UncheckedIOException unreadable) {
      return code;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
