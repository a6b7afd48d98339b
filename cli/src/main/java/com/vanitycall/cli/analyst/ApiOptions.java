package com.vanitycall.cli.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vanitycall.cli.UserErrorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** Where {@code history} and {@code stats} read from, and how they print. */
final class ApiOptions {

  enum Format {
    table,
    json,
    csv
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (aligned, for a terminal), json or csv (RFC 4180, with a header row)")
  Format format;

  @Option(
      names = "--endpoint",
      description =
          "a deployed API (https://ID.execute-api.REGION.amazonaws.com); requests are signed with"
              + " the default AWS credentials chain. Default: the running local stack")
  URI endpoint;

  @Option(
      names = "--include-synthetic",
      description =
          "count the calls load tools made as well (left out by default: they are not callers)")
  boolean includeSynthetic;

  @Option(names = "--profile", description = "the AWS profile that signs requests to --endpoint")
  String profile;

  @Option(
      names = "--region",
      description = "the region to sign for, when --endpoint does not name it")
  String region;

  private static final ObjectMapper JSON = new ObjectMapper();

  ApiClient client() {
    return ApiClient.of(
        Optional.ofNullable(endpoint), Optional.ofNullable(profile), Optional.ofNullable(region));
  }

  /**
   * The answer's body, or a {@link UserErrorException} with the API's own message (what to fix).
   */
  static String body(HttpResponse<String> response) {
    if (response.statusCode() == 200) {
      return response.body();
    }
    String message = "the API answered " + response.statusCode();
    try {
      JsonNode error = JSON.readTree(response.body()).path("error");
      if (error.isTextual()) {
        message = error.asText();
      }
    } catch (IOException notJson) {
      // the status says enough
    }
    throw new UserErrorException(message);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(body(response));
    } catch (IOException e) {
      throw new UserErrorException("the API's answer is not JSON");
    }
  }

  /** The query with what these options add to it: CSV, and the synthetic calls if asked. */
  Map<String, String> query(Map<String, String> query) {
    var asked = new TreeMap<>(query);
    if (format == Format.csv) {
      asked.put("format", "csv");
    }
    if (includeSynthetic) {
      asked.put("synthetic", "true");
    }
    return asked;
  }
}
