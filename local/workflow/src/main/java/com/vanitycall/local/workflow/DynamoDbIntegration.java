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
import java.util.Locale;

/**
 * Step Functions' DynamoDB integrations, sent to DynamoDB Local: the optimized ones ({@code
 * arn:aws:states:::dynamodb:putItem}, ...) and the AWS SDK ones ({@code
 * arn:aws:states:::aws-sdk:dynamodb:transactWriteItems}, ...). A Task's Parameters are the DynamoDB
 * API request, so they are sent as they are, in DynamoDB's JSON protocol; the response is the
 * task's result. Errors are named as Step Functions names them: {@code DynamoDB.<Exception>} for
 * the optimized integrations, {@code DynamoDb.<Exception>} for the SDK ones.
 *
 * <p>DynamoDB Local checks no signature, but keeps tables per access key and region unless it runs
 * with a shared database: requests carry the same dummy access key as the SDK clients of the local
 * stack.
 */
public final class DynamoDbIntegration {

  public static final String OPTIMIZED = "arn:aws:states:::dynamodb:";
  public static final String SDK = "arn:aws:states:::aws-sdk:dynamodb:";

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

  public DynamoDbIntegration(URI endpoint, String accessKey, String region) {
    this.endpoint = endpoint;
    this.accessKey = accessKey;
    this.region = region;
  }

  public static boolean handles(String resource) {
    return resource.startsWith(OPTIMIZED) || resource.startsWith(SDK);
  }

  public JsonNode call(String resource, JsonNode request) throws TaskFailedException {
    String errorPrefix = resource.startsWith(SDK) ? "DynamoDb." : "DynamoDB.";
    String operation = operation(resource);
    HttpResponse<String> response;
    try {
      response = http.send(signed(operation, request), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TaskFailedException(
          errorPrefix + "SdkClientException", "DynamoDB did not answer " + operation + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaskFailedException(errorPrefix + "SdkClientException", "interrupted");
    }
    JsonNode body = readBody(response.body(), errorPrefix);
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
    String message = body.path("message").asText(body.path("Message").asText(response.body()));
    throw new TaskFailedException(
        errorPrefix + exception,
        message + " (Service: DynamoDb, Status Code: " + response.statusCode() + ")");
  }

  /** {@code putItem} → {@code PutItem}. */
  static String operation(String resource) {
    String name = resource.substring(resource.lastIndexOf(':') + 1);
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private HttpRequest signed(String operation, JsonNode request) throws TaskFailedException {
    String date = AMZ_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    try {
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
    } catch (IOException e) {
      throw new TaskFailedException("States.Runtime", "the request is not JSON: " + e);
    }
  }

  private JsonNode readBody(String body, String errorPrefix) throws TaskFailedException {
    try {
      return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      throw new TaskFailedException(
          errorPrefix + "AmazonDynamoDBException", "DynamoDB answered something that is not JSON");
    }
  }
}
