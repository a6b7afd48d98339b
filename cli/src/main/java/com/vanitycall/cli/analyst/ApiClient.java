package com.vanitycall.cli.analyst;

import com.vanitycall.cli.CommandFailedException;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.web.LocalWeb;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * GETs from the analysts' API: the running local stack's ({@code ./vanitycall up}), or a deployed
 * one, whose requests are signed (SigV4, service {@code execute-api}) with the default credentials
 * chain or a named profile, as API Gateway's IAM authorization requires.
 */
final class ApiClient {

  /** Headers the JDK's client sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final Optional<Signing> signing;

  private ApiClient(URI base, Optional<Signing> signing) {
    this.base = base;
    this.signing = signing;
  }

  /**
   * @param endpoint a deployed API (signed requests), or empty for the running local stack
   * @throws CommandFailedException when neither is there
   */
  static ApiClient of(Optional<URI> endpoint, Optional<String> profile, Optional<String> region) {
    if (endpoint.isPresent()) {
      URI uri = endpoint.get();
      String signingRegion =
          region
              .or(() -> regionOf(uri))
              .orElseThrow(
                  () ->
                      new CommandFailedException(
                          "cannot tell the API's region from " + uri + ": give --region"));
      var credentials = DefaultCredentialsProvider.builder();
      profile.ifPresent(credentials::profileName);
      return new ApiClient(uri, Optional.of(new Signing(credentials.build(), signingRegion)));
    }
    Map<String, String> running =
        LocalStack.discoverRunning()
            .orElseThrow(
                () ->
                    new CommandFailedException(
                        "no local stack is running: start one with ./vanitycall up, or give"
                            + " --endpoint URL for a deployed API"));
    String url = running.get(LocalWeb.API_URL);
    if (url == null) {
      throw new CommandFailedException(
          "the running local stack serves no API; restart it with ./vanitycall up");
    }
    return new ApiClient(URI.create(url), Optional.empty());
  }

  HttpResponse<String> get(String path, Map<String, String> query) {
    String queryString =
        new TreeMap<>(query)
            .entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/$", "");
    URI uri =
        URI.create(
            base.getScheme()
                + "://"
                + base.getRawAuthority()
                + basePath
                + path
                + (queryString.isEmpty() ? "" : "?" + queryString));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    signing.ifPresent(s -> s.sign(uri).forEach(request::header));
    try {
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CommandFailedException("the API at " + base + " did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException("interrupted while waiting for the API");
    }
  }

  /** {@code https://ID.execute-api.REGION.amazonaws.com/...}: the region in the host name. */
  private static Optional<String> regionOf(URI uri) {
    String[] labels = uri.getHost() == null ? new String[0] : uri.getHost().split("\\.");
    for (int i = 0; i + 1 < labels.length; i++) {
      if (labels[i].equals("execute-api")) {
        return Optional.of(labels[i + 1]);
      }
    }
    return Optional.empty();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private record Signing(DefaultCredentialsProvider credentials, String region) {

    /** The SigV4 headers of a GET of {@code uri}, without those the JDK's client sets itself. */
    Map<String, String> sign(URI uri) {
      AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
      SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(uri).build();
      var signed =
          AwsV4HttpSigner.create()
              .sign(
                  r ->
                      r.identity(identity)
                          .request(request)
                          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                          .putProperty(AwsV4HttpSigner.REGION_NAME, region));
      Map<String, String> headers = new TreeMap<>();
      signed
          .request()
          .headers()
          .forEach(
              (name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                  headers.put(name, String.join(",", values));
                }
              });
      return headers;
    }
  }
}
