package com.vanitycall.loadtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A capture file: JSON lines, one {@link CapturedRecord} each, in the order the records were read
 * (per shard, the stream's order). Read lazily, so that a replay of millions holds only its buffer.
 */
public final class CaptureFile {

  private static final ObjectMapper JSON = ReportFiles.LINES;

  private final Path path;

  public CaptureFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /**
   * The records, lazily; close the stream when done.
   *
   * @throws MalformedCaptureException (when the stream reaches it) for a line that is not a record
   */
  public Stream<CapturedRecord> records() {
    Stream<String> lines;
    try {
      lines = Files.lines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the capture file " + path, e);
    }
    int[] lineNumber = {0};
    return lines
        .peek(line -> lineNumber[0]++)
        .filter(line -> !line.isBlank())
        .map(line -> parse(line, lineNumber[0]));
  }

  /** Every record, in memory: for files that fit (tests, verify's event ids). */
  public List<CapturedRecord> readAll() {
    try (Stream<CapturedRecord> records = records()) {
      return records.toList();
    }
  }

  /** Opens the file for writing, replacing it. */
  public Writer create() {
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      return new Writer(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the capture file " + path, e);
    }
  }

  /** Writes the records, replacing the file. */
  public void write(Iterable<CapturedRecord> records) {
    try (Writer writer = create()) {
      records.forEach(writer::append);
    }
  }

  private CapturedRecord parse(String line, int lineNumber) {
    try {
      return JSON.readValue(line, CapturedRecord.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new MalformedCaptureException(
          path
              + " line "
              + lineNumber
              + " is not a captured record (a JSON line with arrivedAt, shard, sequenceNumber,"
              + " partitionKey and data, as load capture writes): "
              + reason(e),
          e);
    }
  }

  /** Why a line is not a record, in one line: never the parser's multi-line message. */
  private static String reason(Exception e) {
    if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
      Throwable cause = refused.getCause();
      return cause instanceof NullPointerException
          ? "it has no " + cause.getMessage()
          : String.valueOf(cause.getMessage());
    }
    return e instanceof JsonProcessingException json
        ? ReportFiles.firstLine(json)
        : String.valueOf(e.getMessage());
  }

  /** Appends records, one line each; closing flushes and closes the file. */
  public final class Writer implements AutoCloseable {

    private final BufferedWriter out;
    private long written;

    private Writer(BufferedWriter out) {
      this.out = out;
    }

    public void append(CapturedRecord record) {
      try {
        out.write(JSON.writeValueAsString(record));
        out.newLine();
        written++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the capture file " + path, e);
      }
    }

    public long written() {
      return written;
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the capture file " + path, e);
      }
    }
  }
}
