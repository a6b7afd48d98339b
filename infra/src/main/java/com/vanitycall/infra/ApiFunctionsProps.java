package com.vanitycall.infra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The props of {@link AnalystApi} and {@link LiveFeed}, the constructs of the api module's
 * functions: its shaded jar (all three handlers are in it) and the data they read or keep.
 *
 * @param jar {@code functions/api/target/vanitycall-api-<version>-lambda.jar}
 * @param data the data stack's tables and key
 */
public record ApiFunctionsProps(Path jar, CallData data) {
  public ApiFunctionsProps {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(data, "data");
  }
}
