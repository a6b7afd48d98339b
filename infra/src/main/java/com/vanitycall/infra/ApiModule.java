package com.vanitycall.infra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the web stack's functions are made of: the api module's shaded jar (all three handlers are
 * in it) and the data they read or keep — the props of {@link AnalystApi} and {@link LiveFeed}.
 *
 * @param jar {@code functions/api/target/vanitycall-api-<version>-lambda.jar}
 * @param data the data stack's tables and key
 */
public record ApiModule(Path jar, CallData data) {
  public ApiModule {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(data, "data");
  }
}
