package com.vanitycall.local.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the local lake keeps its files, under one directory (the data directory, or a temporary one
 * for an in-memory stack): {@code lake/day=YYYY-MM-DD/*.parquet}, the only files a query may read;
 * {@code firehose/}, the endpoint's buffer and staging, which no query can read; and the pseudonym
 * key.
 */
public record LakeFiles(Path root) {

  public LakeFiles {
    root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /** The lake itself: Parquet files by day. */
  public Path lake() {
    return root.resolve("lake");
  }

  /** The local Firehose endpoint's buffer and staging. */
  public Path firehose() {
    return root.resolve("firehose");
  }

  /** The pseudonym key file. */
  public Path pseudonymKey() {
    return root.resolve("pseudonym.key");
  }

  /** Every Parquet file of the lake, sorted. */
  public List<Path> parquetFiles() {
    if (!Files.isDirectory(lake())) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(lake())) {
      return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the lake " + lake(), e);
    }
  }

  /** Removes the directory and everything in it: an in-memory stack's lake, when it stops. */
  public void delete() {
    deleteTree(root);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** The bytes the lake's files take. */
  public long bytes() {
    return parquetFiles().stream()
        .mapToLong(
            file -> {
              try {
                return Files.size(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .sum();
  }
}
