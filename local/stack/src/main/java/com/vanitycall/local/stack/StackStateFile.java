package com.vanitycall.local.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file through which {@code ./vanitycall up} tells other commands that a stack is running: its
 * environment (endpoints, names, region), the PID of the process that runs it and when that process
 * started. A file whose process is gone, or whose PID another process has since taken, is stale: it
 * is ignored and removed. A live process's file is never removed, even when one of its emulators
 * does not answer just now: that stack is alive (it restarts the emulator or stops), and a command
 * must not take it for none.
 */
public final class StackStateFile {

  static final String PID = "VANITYCALL_STACK_PID";
  static final String STARTED = "VANITYCALL_STACK_STARTED";

  /**
   * A stack that is running.
   *
   * @param environment what its clients are built from
   * @param pid the process that runs it
   */
  public record RunningStack(Map<String, String> environment, long pid) {

    public RunningStack {
      environment = Map.copyOf(environment);
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path path;

  public StackStateFile(Path path) {
    this.path = path;
  }

  /**
   * The system property that names another state file than the checkout's: for a test's own stack,
   * so that it never meets a stack a person is running.
   */
  public static final String LOCATION_PROPERTY = "vanitycall.stack.file";

  /**
   * {@code .vanitycall/stack.json} in the checkout, unless {@link #LOCATION_PROPERTY} names one.
   */
  public static StackStateFile atDefaultLocation() {
    String configured = System.getProperty(LOCATION_PROPERTY);
    return new StackStateFile(
        configured != null
            ? Path.of(configured)
            : ProjectHome.locate().resolve(".vanitycall/stack.json"));
  }

  public Path path() {
    return path;
  }

  /** Records a running stack, replacing the file atomically so a reader never sees half of it. */
  public void write(Map<String, String> environment, long pid) {
    Map<String, String> content = new TreeMap<>(environment);
    content.put(PID, Long.toString(pid));
    startOf(pid).ifPresent(started -> content.put(STARTED, started));
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Path partial = path.resolveSibling(path.getFileName() + ".partial");
      JSON.writeValue(partial.toFile(), content);
      Files.move(
          partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the stack state file " + path, e);
    }
  }

  /** The environment of the running stack, if the file names one that is alive; else empty. */
  public Optional<Map<String, String>> readLive() {
    return readRunning().map(RunningStack::environment);
  }

  /** The running stack, if the file names one whose process is alive; else empty. */
  public Optional<RunningStack> readRunning() {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Map<String, String> content;
    try {
      content = JSON.readValue(path.toFile(), new TypeReference<TreeMap<String, String>>() {});
    } catch (IOException unreadable) {
      delete();
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(content.getOrDefault(PID, "-1"));
    } catch (NumberFormatException malformed) {
      delete();
      return Optional.empty();
    }
    if (!isAlive(pid, content.get(STARTED))) {
      delete();
      return Optional.empty();
    }
    Map<String, String> environment = new TreeMap<>(content);
    environment.remove(PID);
    environment.remove(STARTED);
    return Optional.of(new RunningStack(environment, pid));
  }

  public void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the stack state file " + path, e);
    }
  }

  /**
   * True if the process is alive and is the one that wrote the file: a PID taken since by another
   * process has another start time.
   */
  private static boolean isAlive(long pid, String started) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(process -> started == null || startOf(process).map(started::equals).orElse(true))
        .orElse(false);
  }

  private static Optional<String> startOf(long pid) {
    return ProcessHandle.of(pid).flatMap(StackStateFile::startOf);
  }

  private static Optional<String> startOf(ProcessHandle process) {
    return process.info().startInstant().map(Object::toString);
  }
}
