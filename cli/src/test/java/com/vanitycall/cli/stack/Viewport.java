package com.vanitycall.cli.stack;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How the page is looked at: a phone or a desktop screen, in the light or the dark colour scheme,
 * emulated through the DevTools protocol so the sizes are the CSS pixels asked for.
 */
record Viewport(String name, int width, int height, boolean mobile, boolean dark) {

  static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false, false);
  static final Viewport PHONE = new Viewport("phone", 390, 844, true, false);

  /** The two sizes in both colour schemes. */
  static final List<Viewport> ALL = List.of(DESKTOP, PHONE, DESKTOP.inDark(), PHONE.inDark());

  Viewport inDark() {
    return new Viewport(name, width, height, mobile, true);
  }

  /** A name for its screenshot, e.g. {@code phone-dark}. */
  String label() {
    return dark ? name + "-dark" : name;
  }

  void apply(ChromeDriver browser) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }
}
