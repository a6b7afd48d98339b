package com.vanitycall.cli.stack;

import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility engine, from the project's pinned Node tools ({@code local/node}, no
 * CDN): injected into the page under test and run over the whole document.
 */
final class AxeCore {

  private static final Path SCRIPT =
      ProjectHome.nodeTools().resolve("node_modules/axe-core/axe.min.js");

  private final String source;

  private AxeCore(String source) {
    this.source = source;
  }

  static AxeCore load() {
    try {
      return new AxeCore(Files.readString(SCRIPT));
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is not installed: run ./vanitycall test", e);
    }
  }

  /** Every rule axe-core runs by default; one line per violation, with the elements it found. */
  @SuppressWarnings("unchecked")
  List<String> violations(ChromeDriver browser) {
    if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'object';"))) {
      browser.executeScript(source);
    }
    Object found =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join('; '))))"
                + ".catch(e => done(['axe-core did not run: ' + e]));");
    return (List<String>) found;
  }
}
