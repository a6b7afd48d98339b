package com.vanitycall.local.lake;

import com.vanitycall.aws.schema.LakeViews;
import com.vanitycall.local.emulators.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named queries and the views shipped in the checkout's {@code analytics/} directory: {@code
 * queries/NAME.sql} and {@code views.sql}.
 */
public record NamedQueries(Path directory) {

  /** The checkout's. */
  public static NamedQueries inCheckout() {
    return new NamedQueries(ProjectHome.locate().resolve("analytics"));
  }

  /** Every named query, by name. */
  public List<NamedQuery> all() {
    try (Stream<Path> files = Files.list(directory.resolve("queries"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".sql"))
          .sorted()
          .map(NamedQueries::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the named queries in " + directory, e);
    }
  }

  public Optional<NamedQuery> find(String name) {
    return all().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The views of {@code views.sql}. */
  public List<LakeViews.View> views() {
    try {
      return LakeViews.of(Files.readString(directory.getParent().resolve(LakeViews.FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LakeViews.FILE, e);
    }
  }

  private static NamedQuery read(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
    try {
      return NamedQuery.parse(name, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
