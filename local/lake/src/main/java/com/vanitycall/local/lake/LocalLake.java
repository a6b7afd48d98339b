package com.vanitycall.local.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Objects;

/**
 * The history lake of a local stack: the local Firehose endpoint, its buffer and the Parquet
 * writer, over a {@link LakeFiles} directory. {@link #close()} writes what is buffered and stops.
 */
public final class LocalLake implements AutoCloseable {

  /** The variable that names a running stack's lake directory, for {@code ./vanitycall sql}. */
  public static final String LAKE_DIR = "LAKE_DIR";

  /** The local stack's delivery stream. */
  public static final String DELIVERY_STREAM = "vanitycall-call-lake";

  private final LakeFiles files;
  private final ParquetLakeWriter writer;
  private final LakeBuffer buffer;
  private final LocalFirehose firehose;

  private LocalLake(
      LakeFiles files, ParquetLakeWriter writer, LakeBuffer buffer, LocalFirehose firehose) {
    this.files = files;
    this.writer = writer;
    this.buffer = buffer;
    this.firehose = firehose;
  }

  /** Starts the endpoint over {@code files}; buffers a stopped stack left are written first. */
  public static LocalLake start(LakeFiles files, String deliveryStream, BufferHints hints) {
    Objects.requireNonNull(deliveryStream, "deliveryStream");
    ParquetLakeWriter writer = new ParquetLakeWriter(files);
    try {
      Files.createDirectories(files.firehose());
      LakeBuffer buffer = new LakeBuffer(files.firehose(), hints, writer);
      return new LocalLake(files, writer, buffer, new LocalFirehose(deliveryStream, buffer));
    } catch (IOException e) {
      writer.close();
      throw new UncheckedIOException("cannot create the lake's buffer under " + files.root(), e);
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Where PersistAndCount's Firehose client sends the records. */
  public URI firehoseEndpoint() {
    return firehose.endpoint();
  }

  public LakeFiles files() {
    return files;
  }

  /** Writes what is buffered into the lake now, without waiting for the buffer's hints. */
  public void flush() {
    buffer.flush();
  }

  @Override
  public void close() {
    try {
      firehose.close();
      buffer.close();
    } finally {
      writer.close();
    }
  }
}
