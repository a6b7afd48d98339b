package com.vanitycall.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, quiet (no background networking,
 * updates or sync), in a profile of its own that {@link #close()} deletes with the browser: the
 * browser tests of the load reports (here) and of the page (cli) share it.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts a browser.
   *
   * @param configure the test's own options: the window's size, logs
   */
  public static HeadlessChromium start(Consumer<ChromeOptions> configure) throws IOException {
    assertThat(BINARY)
        .as("Debian's chromium and chromium-driver (./vanitycall test installs them)")
        .isExecutable();
    assertThat(DRIVER).isExecutable();
    Path profile = Files.createTempDirectory("vanitycall-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    configure.accept(options);
    try {
      return new HeadlessChromium(
          profile,
          new ChromeDriver(
              new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
              options));
    } catch (RuntimeException e) {
      delete(profile);
      throw e;
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path profile) throws IOException {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
