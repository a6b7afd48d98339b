package com.vanitycall.cli.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the load tester's commands share: quiet logs (the handler logs every call: under load that
 * is noise, and costs time). What the stream, the tables or a file refuse is reported by the
 * command line's one failure handler.
 */
abstract class LoadSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The command's work; its exit status. */
  abstract int run() throws IOException;

  /**
   * A report's configuration, starting with the command line as typed (to run it again), then the
   * given settings in order.
   */
  Map<String, String> configuration(Map<String, String> settings) {
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put("command", typed(spec));
    configuration.putAll(settings);
    return configuration;
  }

  /** The command line as typed, to run it again. */
  static String typed(CommandSpec spec) {
    return "./vanitycall " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  @Override
  public final Integer call() throws IOException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    return run();
  }
}
