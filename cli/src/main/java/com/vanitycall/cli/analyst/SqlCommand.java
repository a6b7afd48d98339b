package com.vanitycall.cli.analyst;

import com.vanitycall.cli.TextTable;
import com.vanitycall.cli.UserErrorException;
import com.vanitycall.local.lake.NamedQueries;
import com.vanitycall.local.lake.NamedQuery;
import com.vanitycall.local.lake.QueryResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * {@code vanitycall sql}: SQL over the whole call history, on the running local stack's lake
 * (DuckDB, read-only, the lake only) or on Athena; a query given as text, a file, or by the name of
 * one shipped in {@code analytics/queries/}.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description =
        "SQL over the whole call history: the running local stack's lake (DuckDB) or Athena"
            + " (--athena). Views: calls (callers' calls, each once), calls_with_synthetic."
            + " Named queries: sql --list.")
public final class SqlCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  private What what;

  static final class What {
    @Parameters(
        paramLabel = "QUERY",
        description = "the query, e.g. \"SELECT count(*) FROM calls\"")
    String text;

    @Option(names = "--file", description = "a file holding the query")
    Path file;

    @Option(names = "--query", paramLabel = "NAME", description = "a named query (see --list)")
    String named;

    @Option(names = "--list", description = "list the named queries and their parameters")
    boolean list;

    @Option(
        names = "--create-views",
        description = "with --athena: create (or replace) the views in the workgroup's database")
    boolean createViews;
  }

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "a named query's parameter, e.g. --param tz=America/New_York (repeatable)")
  private Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (aligned, for a terminal), csv (RFC 4180) or json (one object a line)")
  private ResultFormat format;

  @Option(
      names = "--lake",
      paramLabel = "DIR",
      description = "a local lake's directory (default: the running local stack's)")
  private Path lake;

  @Option(names = "--athena", description = "run on Athena instead of the local lake")
  private boolean athena;

  @Option(
      names = "--workgroup",
      defaultValue = "vanitycall-analysts",
      description = "the Athena workgroup (${DEFAULT-VALUE})")
  private String workgroup;

  @Option(
      names = "--database",
      defaultValue = "vanitycall_lake",
      description = "the Glue database of the lake (${DEFAULT-VALUE})")
  private String database;

  @Option(names = "--region", description = "Athena's region (default: the AWS CLI's)")
  private String region;

  @Option(names = "--profile", description = "the AWS profile to sign Athena's requests with")
  private String profile;

  @Option(names = "--athena-endpoint", hidden = true, description = "Athena's endpoint (tests)")
  private URI athenaEndpoint;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NamedQueries analytics = NamedQueries.inCheckout();
    if (what.list) {
      list(analytics, out);
      return 0;
    }
    if (what.createViews && !athena) {
      throw new UserErrorException(
          "--create-views is for Athena (give --athena); the local lake makes its views itself");
    }
    try (SqlEngine engine = engine(analytics)) {
      if (what.createViews) {
        analytics.views().forEach(view -> engine.run(view.statement()));
        out.printf("created %d views in %s%n", analytics.views().size(), database);
      } else {
        QueryResult result = engine.run(query(analytics));
        format.print(result, out);
      }
    }
    out.flush();
    return 0;
  }

  private String query(NamedQueries analytics) {
    if (!params.isEmpty() && what.named == null) {
      throw new UserErrorException("--param is for a named query (--query NAME)");
    }
    if (what.text != null) {
      return what.text;
    }
    if (what.file != null) {
      try {
        return Files.readString(what.file);
      } catch (IOException e) {
        throw new UserErrorException("cannot read " + what.file + ": " + e.getMessage());
      }
    }
    NamedQuery query =
        analytics
            .find(what.named)
            .orElseThrow(
                () ->
                    new UserErrorException(
                        "there is no named query " + what.named + "; see ./vanitycall sql --list"));
    try {
      return query.render(params, LocalDate.now(ZoneOffset.UTC));
    } catch (IllegalArgumentException e) {
      throw new UserErrorException(e.getMessage());
    }
  }

  private SqlEngine engine(NamedQueries analytics) {
    if (!athena) {
      return LocalLakeEngine.open(Optional.ofNullable(lake), analytics);
    }
    var credentials = DefaultCredentialsProvider.builder();
    Optional.ofNullable(profile).ifPresent(credentials::profileName);
    var client =
        AthenaClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(credentials.build());
    Optional.ofNullable(region).map(Region::of).ifPresent(client::region);
    Optional.ofNullable(athenaEndpoint).ifPresent(client::endpointOverride);
    return new AthenaEngine(client.build(), workgroup, database, spec.commandLine().getErr());
  }

  private static void list(NamedQueries analytics, PrintWriter out) {
    TextTable table = new TextTable("NAME", "WHAT IT ANSWERS", "PARAMETERS (default)");
    for (NamedQuery query : analytics.all()) {
      table.row(
          query.name(),
          query.description(),
          String.join(
              ", ",
              query.params().stream().map(p -> p.name() + " (" + p.defaultValue() + ")").toList()));
    }
    table.print(out);
    out.println("Run one: ./vanitycall sql --query NAME [--param NAME=VALUE ...]");
  }
}
