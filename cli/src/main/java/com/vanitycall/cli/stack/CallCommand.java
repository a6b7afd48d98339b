package com.vanitycall.cli.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vanitycall.local.simulator.SimulatedCall;
import com.vanitycall.local.simulator.SimulatedPhone;
import com.vanitycall.local.stack.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall call NUMBER}: one simulated call through the contact flow and the real handler,
 * on the running local stack if there is one, else on a throwaway in-memory stack.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description =
        "Place one simulated call through the contact flow and print what the caller hears.")
public final class CallCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "NUMBER",
      description = "the caller's number as the network gives it: +18003569377, anonymous, junk...")
  private String number;

  @Option(
      names = "--json",
      description =
          "print one JSON document instead of the transcript: what the caller heard, the"
              + " handler's response, the blocks taken")
  private boolean json;

  @Option(
      names = "--speak",
      paramLabel = "FILE.wav",
      description = "also render the speech to a WAV file with espeak-ng, if it is installed")
  private Path speak;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Configurator.setLevel("com.vanitycall", Level.WARN);
    Optional<Map<String, String>> running = LocalStack.discoverRunning();
    if (running.isPresent()) {
      return place(running.get(), "the running local stack");
    }
    try (LocalStack throwaway = LocalStack.inMemory()) {
      return place(throwaway.environment(), "a throwaway in-memory stack");
    }
  }

  private int place(Map<String, String> environment, String where)
      throws IOException, InterruptedException {
    SimulatedCall call;
    try (SimulatedPhone phone = SimulatedPhone.on(environment)) {
      call = phone.call(number);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(asJson(call, where));
    } else {
      out.printf("Calling from %s (on %s), the caller hears:%n", number, where);
      call.heard().forEach(line -> out.printf("  %s%n", line));
    }
    out.flush();
    return speak == null ? 0 : render(String.join(" ", call.heard()));
  }

  private String asJson(SimulatedCall call, String where) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("number", number);
    report.put("stack", where);
    report.put("heard", call.heard());
    report.put("lambdaResponse", call.lambdaResponse().orElse(null));
    report.put("lambdaError", call.lambdaError().orElse(null));
    report.put("path", call.path());
    report.put("attributes", call.attributes());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
  }

  private int render(String text) throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Process espeak;
    try {
      // espeak-ng's own words go to standard error: standard output may be a JSON document
      espeak =
          new ProcessBuilder("espeak-ng", "-w", speak.toString(), text)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException notInstalled) {
      err.printf(
          "--speak needs espeak-ng (apt-get install espeak-ng): %s%n", notInstalled.getMessage());
      err.flush();
      return 0;
    }
    int exit = espeak.waitFor();
    if (exit != 0) {
      err.printf("espeak-ng failed with exit code %d%n", exit);
      err.flush();
      return 1;
    }
    err.printf("Speech written to %s%n", speak);
    err.flush();
    return 0;
  }
}
