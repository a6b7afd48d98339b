package com.vanitycall.local.stack;

import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.local.lake.BufferHints;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a local stack.
 *
 * @param dataDir where DynamoDB Local, the Kinesis emulator and the history lake keep their files
 *     (they survive a restart); null keeps everything in memory (the lake in a temporary directory,
 *     removed when the stack stops)
 * @param basePort the DynamoDB endpoint listens on it and the Kinesis emulator on the next port
 *     (the DynamoDB Local instances behind the endpoint take free ports); 0 picks free ports
 * @param names the stream and tables
 * @param shards the number of shards of the call-events stream
 * @param pipe how the local pipe batches and retries
 * @param minFreeBytes a file-backed stack does not start, and stops, with less free space than this
 *     where its data is ({@link #DEFAULT_MIN_FREE_BYTES})
 * @param lakeBuffer when the local Firehose endpoint writes what it buffered into the lake
 */
public record StackOptions(
    Path dataDir,
    int basePort,
    ResourceNames names,
    int shards,
    PipeSettings pipe,
    long minFreeBytes,
    BufferHints lakeBuffer) {

  /**
   * 64 MB: far more than the stack writes in the moment its watch takes to notice (it writes a few
   * hundred KB a second at most), and room for SQLite's journal.
   */
  public static final long DEFAULT_MIN_FREE_BYTES = 64L << 20;

  public StackOptions {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(pipe, "pipe");
    Objects.requireNonNull(lakeBuffer, "lakeBuffer");
    if (basePort != 0 && (basePort < 1024 || basePort > 65534)) {
      throw new IllegalArgumentException("basePort must be 0 or within 1024..65534: " + basePort);
    }
    if (shards < 1) {
      throw new IllegalArgumentException("a stream needs at least one shard: " + shards);
    }
    if (minFreeBytes < 0) {
      throw new IllegalArgumentException("minFreeBytes cannot be negative: " + minFreeBytes);
    }
  }

  /** Everything in memory, on free ports, with the default names: tests, benchmarks, one call. */
  public static StackOptions inMemory() {
    return new StackOptions(
        null,
        0,
        ResourceNames.DEFAULT,
        2,
        PipeSettings.DEFAULT,
        DEFAULT_MIN_FREE_BYTES,
        BufferHints.LOCAL);
  }

  /** Files under {@code dataDir}, on free ports, with the default names. */
  public static StackOptions fileBacked(Path dataDir) {
    return inMemory().withDataDir(Objects.requireNonNull(dataDir, "dataDir"));
  }

  public boolean inMemoryMode() {
    return dataDir == null;
  }

  public StackOptions withDataDir(Path newDataDir) {
    return new StackOptions(newDataDir, basePort, names, shards, pipe, minFreeBytes, lakeBuffer);
  }

  public StackOptions withBasePort(int newBasePort) {
    return new StackOptions(dataDir, newBasePort, names, shards, pipe, minFreeBytes, lakeBuffer);
  }

  public StackOptions withNames(ResourceNames newNames) {
    return new StackOptions(dataDir, basePort, newNames, shards, pipe, minFreeBytes, lakeBuffer);
  }

  public StackOptions withShards(int newShards) {
    return new StackOptions(dataDir, basePort, names, newShards, pipe, minFreeBytes, lakeBuffer);
  }

  public StackOptions withPipe(PipeSettings newPipe) {
    return new StackOptions(dataDir, basePort, names, shards, newPipe, minFreeBytes, lakeBuffer);
  }

  public StackOptions withMinFreeBytes(long newMinFreeBytes) {
    return new StackOptions(dataDir, basePort, names, shards, pipe, newMinFreeBytes, lakeBuffer);
  }

  public StackOptions withLakeBuffer(BufferHints newLakeBuffer) {
    return new StackOptions(dataDir, basePort, names, shards, pipe, minFreeBytes, newLakeBuffer);
  }
}
