package com.vanitycall.local.workflow;

import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
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
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static LocalWorkflowConfig fromEnvironment(Map<String, String> environment) {
    var env = new Environment(environment);
    return new LocalWorkflowConfig(
        env.requiredEndpoint("AWS_ENDPOINT_URL_DYNAMODB"),
        env.required("AWS_REGION"),
        environment.getOrDefault("AWS_ACCESS_KEY_ID", "local"),
        Map.of(
            "DeepScoreFunctionArn", DEEP_SCORE_FUNCTION_ARN,
            "CallsTable", env.required("CALLS_TABLE"),
            "VanityCacheTable", env.required("VANITY_CACHE_TABLE"),
            "AnalyticsTable", env.required("ANALYTICS_TABLE"),
            "DeadLettersTable", env.required("DEAD_LETTERS_TABLE")),
        PipelineConfig.fromEnvironment(environment));
  }
}
