package com.vanitycall.local.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The local Firehose endpoint's buffer: records are appended to a file before the endpoint says
 * they were taken (so a stopped stack loses none: what is left is written at the next start), and
 * the file is written into the lake when it reaches its size or age ({@link BufferHints}).
 */
final class LakeBuffer implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(LakeBuffer.class);
  private static final String OPEN = "buffer.jsonl";
  private static final long CHECK_MILLIS = 250;

  private final Path dir;
  private final BufferHints hints;
  private final ParquetLakeWriter writer;
  private final ScheduledExecutorService flusher =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "local-firehose-flush");
            thread.setDaemon(true);
            return thread;
          });
  private FileChannel open;
  private long bytes;
  private long oldestNanos;

  LakeBuffer(Path dir, BufferHints hints, ParquetLakeWriter writer) {
    this.dir = dir;
    this.hints = hints;
    this.writer = writer;
    writeLeftOvers();
    flusher.scheduleWithFixedDelay(
        this::flushIfDue, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Appends records, each a JSON line ending in a newline. */
  synchronized void append(List<byte[]> records) {
    try {
      if (open == null) {
        open =
            FileChannel.open(
                dir.resolve(OPEN),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        oldestNanos = System.nanoTime();
      }
      for (byte[] record : records) {
        ByteBuffer buffer = ByteBuffer.wrap(record);
        while (buffer.hasRemaining()) {
          open.write(buffer);
        }
        bytes += record.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the lake's buffer could not be written", e);
    }
    if (bytes >= hints.bytes()) {
      flusher.execute(this::flushIfDue);
    }
  }

  private void flushIfDue() {
    Path full;
    synchronized (this) {
      boolean due =
          open != null
              && (bytes >= hints.bytes()
                  || System.nanoTime() - oldestNanos >= hints.interval().toNanos());
      if (!due) {
        return;
      }
      full = seal();
    }
    writeIntoLake(full);
  }

  /** Closes the open buffer file under a name of its own; the next record starts a new one. */
  private Path seal() {
    try {
      open.close();
      open = null;
      bytes = 0;
      Path sealed = dir.resolve("sealed-" + UUID.randomUUID() + ".jsonl");
      Files.move(dir.resolve(OPEN), sealed);
      return sealed;
    } catch (IOException e) {
      throw new UncheckedIOException("the lake's buffer could not be sealed", e);
    }
  }

  private void writeIntoLake(Path sealed) {
    try {
      List<Path> written = writer.write(sealed);
      Files.delete(sealed);
      LOG.debug("buffer {} written into the lake as {} files", sealed, written.size());
    } catch (RuntimeException | IOException e) {
      // kept: written at the next start
      LOG.error("buffer {} could not be written into the lake; kept for another try", sealed, e);
    }
  }

  /** Buffers a stopped stack left behind, written now. */
  private void writeLeftOvers() {
    try (Stream<Path> left = Files.list(dir)) {
      left.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
          .sorted()
          .forEach(this::writeIntoLake);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lake's buffer " + dir, e);
    }
  }

  /** Writes what is buffered into the lake now. */
  void flush() {
    Path full;
    synchronized (this) {
      if (open == null) {
        return;
      }
      full = seal();
    }
    writeIntoLake(full);
  }

  @Override
  public void close() {
    flusher.shutdown();
    try {
      flusher.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }
}
