package com.vanitycall.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.cli.VanityCallCli;
import com.vanitycall.local.lake.BufferHints;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StackOptions;
import com.vanitycall.local.stack.StackStateFile;
import com.vanitycall.local.web.LocalWeb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code ./vanitycall up} running, the demo places its calls there: no second stack. */
class DemoOnRunningStackIT {

  @TempDir Path temp;

  private LocalStack stack;
  private LocalWeb web;

  @BeforeEach
  void aStackIsUp() {
    System.setProperty(StackStateFile.LOCATION_PROPERTY, temp.resolve("stack.json").toString());
    // a lake that writes its buffer every second, so that the demo's last query waits little
    stack =
        LocalStack.start(
            StackOptions.inMemory()
                .withLakeBuffer(new BufferHints(1 << 20, Duration.ofSeconds(1))));
    stack.startPipeline(PipeListener.NONE);
    web = LocalWeb.start(stack, 0);
    Map<String, String> environment = new HashMap<>(stack.environment());
    environment.put(LocalWeb.API_URL, web.url().toString());
    StackStateFile.atDefaultLocation().write(environment, ProcessHandle.current().pid());
  }

  @AfterEach
  void stop() {
    System.clearProperty(StackStateFile.LOCATION_PROPERTY);
    try (LocalStack running = stack) {
      web.close();
    }
  }

  @Test
  void theDemo_usesTheRunningStack_andLeavesItServing() {
    var out = new StringWriter();
    var cli = VanityCallCli.commandLine();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("demo")).isZero();

    String shown = out.toString();
    assertThat(shown)
        .startsWith("Using the running local stack (./vanitycall up), whose page is " + web.url())
        .doesNotContain("Starting an in-memory local stack")
        .contains("deep best: 1-800-GOT-JUNK", "(answer: CACHE)", "Watch the page: " + web.url())
        .contains("./vanitycall sql --query calls-by-status");
    assertThat(StackStateFile.atDefaultLocation().readLive()).isPresent();
  }
}
