package com.vanitycall.local.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.local.emulators.Loopback;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file through which {@code ./vanitycall up} tells other commands that a stack is running: its
 * environment (endpoints, names, region) and the PID of the process that runs it. A file whose
 * process is gone or whose endpoints do not answer is stale: it is ignored and removed.
 */
public final class StackStateFile {

  static final String PID = "VANITYCALL_STACK_PID";

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
    if (!isAlive(content)) {
      delete();
      return Optional.empty();
    }
    Map<String, String> environment = new TreeMap<>(content);
    environment.remove(PID);
    return Optional.of(Map.copyOf(environment));
  }

  public void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the stack state file " + path, e);
    }
  }

  private static boolean isAlive(Map<String, String> content) {
    try {
      long pid = Long.parseLong(content.getOrDefault(PID, "-1"));
      boolean processAlive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return processAlive
          && listens(content.get(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB))
          && listens(content.get(SharedVariables.AWS_ENDPOINT_URL_KINESIS));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean listens(String endpoint) {
    return endpoint != null && Loopback.isListening(URI.create(endpoint).getPort());
  }
}
