package com.vanitycall.loadtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of the load tools: JSON with ISO-8601 times (reports indented, capture lines not; a
 * field a newer version added is ignored on reading), and the HTML pages.
 */
final class ReportFiles {

  /** One record per line: capture files; and reading any report. */
  static final ObjectMapper LINES =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final ObjectMapper INDENTED =
      LINES.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFiles() {}

  /** Writes a report as indented JSON, creating the folder. */
  static void writeJson(Object report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      INDENTED.writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file, e);
    }
  }

  /** Writes a page, creating the folder. */
  static void writeHtml(String html, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the page " + file, e);
    }
  }

  /**
   * What the JSON parser found wrong, in one line: its own message without the location and source
   * it appends (which would print, e.g., {@code Source: REDACTED (StreamReadFeature...)}).
   */
  static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.lines().findFirst().orElse(message).strip();
    return first.length() > 160 ? first.substring(0, 157) + "..." : first;
  }
}
