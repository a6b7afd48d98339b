package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The npm engine {@code aws-local-stepfunctions} in a long-lived Node 22 child process ({@code
 * local/node/workflow-runner.mjs}), running one definition for many executions at once. It asks
 * back over its standard output for every Task state; those run here, on a pool of threads, through
 * a {@link TaskRunner}. The protocol is one JSON object per line (see the script's header).
 */
final class NodeAslEngine implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(NodeAslEngine.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  private static final int TASK_THREADS = 32;

  private final ObjectMapper json = JsonMapper.builder().build();
  private final Map<Long, CompletableFuture<JsonNode>> executions = new ConcurrentHashMap<>();
  private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
  private final AtomicLong nextExecution = new AtomicLong();
  private volatile String stopped;
  private final Process node;
  private final BufferedWriter toNode;
  private final TaskRunner tasks;
  private final ExecutorService taskThreads;

  private NodeAslEngine(Process node, TaskRunner tasks) {
    this.node = node;
    this.tasks = tasks;
    this.toNode =
        new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8));
    this.taskThreads = Executors.newFixedThreadPool(TASK_THREADS, daemon("asl-task"));
  }

  /**
   * Starts the engine on a definition whose placeholders are substituted.
   *
   * @param nodeTools the directory of the pinned Node tools ({@code local/node}, installed)
   */
  static NodeAslEngine start(Path nodeTools, JsonNode definition, TaskRunner tasks) {
    Path nodeBinary = nodeTools.resolve("node_modules/.bin/node");
    Path script = nodeTools.resolve("workflow-runner.mjs");
    if (!Files.isExecutable(nodeBinary) || !Files.isRegularFile(script)) {
      throw new IllegalStateException(
          "the ASL engine needs Node 22 and workflow-runner.mjs in "
              + nodeTools
              + "; run (cd local/node && npm ci)");
    }
    Process process;
    try {
      process =
          new ProcessBuilder(nodeBinary.toString(), script.toString())
              .directory(nodeTools.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("the ASL engine (Node) did not start", e);
    }
    NodeAslEngine engine = new NodeAslEngine(process, tasks);
    engine.listen();
    try {
      ObjectNode load = engine.json.createObjectNode();
      load.put("type", "definition");
      load.set("definition", definition);
      engine.send(load);
      engine.ready.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return engine;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      engine.close();
      throw new IllegalStateException("interrupted while the ASL engine started", e);
    } catch (ExecutionException | TimeoutException | IOException e) {
      engine.close();
      throw new IllegalStateException("the ASL engine did not load the state machine", e);
    }
  }

  /** Runs one execution to its end and returns its output. */
  JsonNode execute(JsonNode input, Duration timeout) throws ExecutionFailedException {
    long id = nextExecution.incrementAndGet();
    CompletableFuture<JsonNode> done = new CompletableFuture<>();
    executions.put(id, done);
    try {
      if (stopped != null) {
        throw new ExecutionFailedException("States.Runtime", stopped);
      }
      ObjectNode start = json.createObjectNode();
      start.put("type", "start");
      start.put("id", id);
      start.set("input", input);
      send(start);
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IOException e) {
      throw new ExecutionFailedException("States.Runtime", "the ASL engine is gone: " + e);
    } catch (TimeoutException e) {
      throw new ExecutionFailedException("States.Timeout", "no result within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExecutionFailedException("States.Runtime", "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExecutionFailedException failed) {
        throw failed;
      }
      throw new ExecutionFailedException("States.Runtime", String.valueOf(e.getCause()));
    } finally {
      executions.remove(id);
    }
  }

  private void listen() {
    Thread stdout =
        daemon("asl-engine-out")
            .newThread(
                () -> {
                  try (BufferedReader lines = reader(node.getInputStream())) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                      receive(json.readTree(line));
                    }
                  } catch (IOException e) {
                    LOG.warn("lost the ASL engine's output: {}", e.toString());
                  }
                  failEverything("the ASL engine stopped (exit " + exitCode() + ")");
                });
    Thread stderr =
        daemon("asl-engine-err")
            .newThread(
                () -> {
                  try (BufferedReader lines = reader(node.getErrorStream())) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                      LOG.warn("ASL engine: {}", line);
                    }
                  } catch (IOException e) {
                    LOG.warn("lost the ASL engine's diagnostics: {}", e.toString());
                  }
                });
    stdout.start();
    stderr.start();
  }

  private void receive(JsonNode message) {
    switch (message.path("type").asText()) {
      case "ready" -> ready.complete(message);
      case "task" -> taskThreads.execute(() -> runTask(message));
      case "done" -> finish(message);
      case "fault" -> {
        LOG.error("ASL engine fault: {}", message.path("message").asText());
        ready.completeExceptionally(new IllegalStateException(message.path("message").asText()));
      }
      default -> LOG.error("unknown message from the ASL engine: {}", message.path("type"));
    }
  }

  private void runTask(JsonNode message) {
    ObjectNode result = json.createObjectNode();
    result.put("type", "taskResult");
    result.set("id", message.get("id"));
    try {
      result.set(
          "output",
          tasks.run(
              new TaskRequest(
                  message.path("state").asText(),
                  message.path("resource").asText(),
                  message.path("input"))));
    } catch (TaskFailedException e) {
      result.put("error", e.error());
      result.put("cause", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("task {} failed unexpectedly", message.path("state").asText(), e);
      result.put("error", "States.TaskFailed");
      result.put("cause", e.toString());
    }
    try {
      send(result);
    } catch (IOException e) {
      // the engine is gone: its supervisor says so once, and the execution is retried or
      // dead-lettered whole
      LOG.debug("could not answer task {}: {}", message.path("state").asText(), e.toString());
    }
  }

  private void finish(JsonNode message) {
    CompletableFuture<JsonNode> done = executions.get(message.path("id").asLong());
    if (done == null) {
      return;
    }
    if (message.has("error")) {
      done.completeExceptionally(
          new ExecutionFailedException(
              message.path("error").asText(), message.path("cause").asText()));
    } else {
      done.complete(message.path("output"));
    }
  }

  private void failEverything(String why) {
    stopped = why;
    ready.completeExceptionally(new IllegalStateException(why));
    executions
        .values()
        .forEach(
            done ->
                done.completeExceptionally(new ExecutionFailedException("States.Runtime", why)));
  }

  private void send(JsonNode message) throws IOException {
    String line = json.writeValueAsString(message);
    synchronized (toNode) {
      toNode.write(line);
      toNode.write('\n');
      toNode.flush();
    }
  }

  /**
   * The process's exit code, once it has exited: its output ends a moment before the kernel reports
   * the exit, so wait a little for it rather than call a dead process "still running".
   */
  private String exitCode() {
    try {
      if (node.waitFor(5, TimeUnit.SECONDS)) {
        return Integer.toString(node.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "none yet: its output ended but it still runs";
  }

  /** True once the engine's process has stopped answering: nothing will run on it any more. */
  boolean stopped() {
    return stopped != null;
  }

  /** Completes when the engine's process has exited, however it ended. */
  CompletableFuture<Process> onExit() {
    return node.onExit();
  }

  /** Why the engine's process ended, in one line: its pid and exit code. */
  String exitReason() {
    return "Node, pid "
        + node.pid()
        + (node.isAlive() ? ", still running" : ", exit code " + node.exitValue());
  }

  long pid() {
    return node.pid();
  }

  @Override
  public void close() {
    try {
      synchronized (toNode) {
        toNode.close();
      }
    } catch (IOException e) {
      LOG.debug("the ASL engine's input was closed already: {}", e.toString());
    }
    try {
      if (!node.waitFor(5, TimeUnit.SECONDS)) {
        node.destroy();
        node.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      node.destroyForcibly();
    } finally {
      taskThreads.shutdownNow();
    }
  }

  private static BufferedReader reader(InputStream stream) {
    return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }

  private static ThreadFactory daemon(String name) {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
