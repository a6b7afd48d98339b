package com.vanitycall.cli.analyst;

import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.local.lake.LakeFiles;
import com.vanitycall.local.lake.LakeSession;
import com.vanitycall.local.lake.LocalLake;
import com.vanitycall.local.lake.NamedQueries;
import com.vanitycall.local.lake.QueryResult;
import com.vanitycall.local.stack.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The lake of the running local stack (or of a directory given), queried in DuckDB. */
final class LocalLakeEngine implements SqlEngine {

  private final LakeSession session;

  private LocalLakeEngine(LakeSession session) {
    this.session = session;
  }

  /**
   * @param lakeRoot the directory holding {@code lake/}; empty: the running local stack's
   */
  static LocalLakeEngine open(Optional<Path> lakeRoot, NamedQueries analytics) {
    Path root = lakeRoot.orElseGet(LocalLakeEngine::runningStacksLake);
    if (!Files.isDirectory(root)) {
      throw new CommandFailedException("there is no lake in " + root);
    }
    return new LocalLakeEngine(LakeSession.open(new LakeFiles(root), analytics.views()));
  }

  private static Path runningStacksLake() {
    Map<String, String> running =
        LocalStack.discoverRunning()
            .orElseThrow(
                () ->
                    new CommandFailedException(
                        "no local stack is running: start one with ./vanitycall up, or give --lake"
                            + " DIR, or --athena"));
    String dir = running.get(LocalLake.LAKE_DIR);
    if (dir == null) {
      throw new CommandFailedException(
          "the running local stack has no lake; restart it with ./vanitycall up");
    }
    return Path.of(dir);
  }

  @Override
  public QueryResult run(String sql) {
    return session.query(sql);
  }

  @Override
  public void close() {
    session.close();
  }
}
