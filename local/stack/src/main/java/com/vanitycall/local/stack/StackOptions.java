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
 * @param basePort DynamoDB Local listens on it and the Kinesis emulator on the next port; 0 picks
 *     free ports
 * @param names the stream and tables
 * @param shards the number of shards of the call-events stream
 * @param pipe how the local pipe batches and retries
 * @param lakeBuffer when the local Firehose endpoint writes what it buffered into the lake
 */
public record StackOptions(
    Path dataDir,
    int basePort,
    ResourceNames names,
    int shards,
    PipeSettings pipe,
    BufferHints lakeBuffer) {

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
  }

  /** Everything in memory, on free ports, with the default names: tests, benchmarks, one call. */
  public static StackOptions inMemory() {
    return new StackOptions(
        null, 0, ResourceNames.DEFAULT, 2, PipeSettings.DEFAULT, BufferHints.LOCAL);
  }

  /** Files under {@code dataDir}, on free ports, with the default names. */
  public static StackOptions fileBacked(Path dataDir) {
    return inMemory().withDataDir(Objects.requireNonNull(dataDir, "dataDir"));
  }

  public boolean inMemoryMode() {
    return dataDir == null;
  }

  public StackOptions withDataDir(Path newDataDir) {
    return new StackOptions(newDataDir, basePort, names, shards, pipe, lakeBuffer);
  }

  public StackOptions withBasePort(int newBasePort) {
    return new StackOptions(dataDir, newBasePort, names, shards, pipe, lakeBuffer);
  }

  public StackOptions withNames(ResourceNames newNames) {
    return new StackOptions(dataDir, basePort, newNames, shards, pipe, lakeBuffer);
  }

  public StackOptions withShards(int newShards) {
    return new StackOptions(dataDir, basePort, names, newShards, pipe, lakeBuffer);
  }

  public StackOptions withLakeBuffer(BufferHints newLakeBuffer) {
    return new StackOptions(dataDir, basePort, names, shards, pipe, newLakeBuffer);
  }

  public StackOptions withPipe(PipeSettings newPipe) {
    return new StackOptions(dataDir, basePort, names, shards, newPipe, lakeBuffer);
  }
}
