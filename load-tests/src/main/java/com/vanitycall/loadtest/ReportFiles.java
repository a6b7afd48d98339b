package com.vanitycall.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON of the load tools' files: ISO-8601 times, reports indented, capture lines not. */
final class ReportFiles {

  /** One record per line: capture files. */
  static final ObjectMapper LINES =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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
}
