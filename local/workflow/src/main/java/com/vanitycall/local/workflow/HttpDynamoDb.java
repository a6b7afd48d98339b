package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * DynamoDB's JSON protocol over HTTP, to any DynamoDB Local endpoint. DynamoDB Local checks no
 * signature, but keeps tables per access key and region unless it runs with a shared database:
 * requests carry the same dummy access key as the SDK clients of the local stack.
 */
public final class HttpDynamoDb implements DynamoDbTransport {

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  private final ObjectMapper json = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final URI endpoint;
  private final String accessKey;
  private final String region;

  public HttpDynamoDb(URI endpoint, String accessKey, String region) {
    this.endpoint = endpoint;
    this.accessKey = accessKey;
    this.region = region;
  }

  @Override
  public JsonNode send(String operation, JsonNode request)
      throws DynamoDbRefusedException, IOException {
    HttpResponse<String> response;
    try {
      response = http.send(signed(operation, request), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while DynamoDB answered " + operation, e);
    }
    JsonNode body =
        response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    if (response.statusCode() == 200) {
      return body;
    }
    String type = body.path("__type").asText("");
    String exception =
        type.isEmpty()
            ? (response.statusCode() >= 500
                ? "InternalServerErrorException"
                : "AmazonDynamoDBException")
            : type.substring(type.lastIndexOf('#') + 1);
    throw new DynamoDbRefusedException(
        exception,
        body.path("message").asText(body.path("Message").asText(response.body())),
        response.statusCode());
  }

  private HttpRequest signed(String operation, JsonNode request) throws IOException {
    String date = AMZ_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "DynamoDB_20120810." + operation)
        .header("X-Amz-Date", date)
        .header(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential="
                + accessKey
                + "/"
                + date.substring(0, 8)
                + "/"
                + region
                + "/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;"
                + "x-amz-target, Signature=0")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
        .build();
  }
}
