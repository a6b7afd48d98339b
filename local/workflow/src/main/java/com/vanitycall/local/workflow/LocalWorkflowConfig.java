package com.vanitycall.local.workflow;

import com.vanitycall.pipeline.PipelineConfig;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What the local workflow runner reads from the local stack's environment: where DynamoDB Local is,
 * the table names the state machine's placeholders stand for, and the pipeline handlers' own
 * configuration.
 *
 * @param placeholders the state machine's {@code ${Name}} placeholders and their local values
 */
public record LocalWorkflowConfig(
    URI dynamoDbEndpoint,
    String region,
    String accessKey,
    Map<String, String> placeholders,
    PipelineConfig pipeline) {

  /** The function ARN the state machine invokes DeepScore with, bound to the local handler. */
  public static final String DEEP_SCORE_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:000000000000:function:vanitycall-deep-score";

  public LocalWorkflowConfig {
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(pipeline, "pipeline");
    placeholders = Map.copyOf(placeholders);
  }

  /**
   * @throws IllegalArgumentException naming the first variable that is missing
   */
  public static LocalWorkflowConfig fromEnvironment(Map<String, String> environment) {
    return new LocalWorkflowConfig(
        URI.create(required(environment, "AWS_ENDPOINT_URL_DYNAMODB")),
        required(environment, "AWS_REGION"),
        environment.getOrDefault("AWS_ACCESS_KEY_ID", "local"),
        Map.of(
            "DeepScoreFunctionArn", DEEP_SCORE_FUNCTION_ARN,
            "CallsTable", required(environment, "CALLS_TABLE"),
            "VanityCacheTable", required(environment, "VANITY_CACHE_TABLE"),
            "AnalyticsTable", required(environment, "ANALYTICS_TABLE"),
            "DeadLettersTable", required(environment, "DEAD_LETTERS_TABLE")),
        PipelineConfig.fromEnvironment(environment));
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "the local workflow needs " + name + " in its environment");
    }
    return value;
  }
}
