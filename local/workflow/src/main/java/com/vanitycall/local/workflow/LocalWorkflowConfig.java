package com.vanitycall.local.workflow;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.config.Environment;
import com.vanitycall.core.config.InvalidConfigurationException;
import com.vanitycall.pipeline.deepscore.DeepScoreConfig;
import com.vanitycall.pipeline.persist.PersistAndCountConfig;
import java.net.URI;
import java.time.Duration;
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
    DeepScoreConfig deepScore,
    PersistAndCountConfig persistAndCount) {

  /** The access key the local DynamoDB requests are signed with ({@code local} unless set). */
  public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";

  /** The function ARN the state machine invokes DeepScore with, bound to the local handler. */
  public static final String DEEP_SCORE_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:000000000000:function:vanitycall-deep-score";

  /**
   * The function ARN the state machine invokes PersistAndCount with, bound to the local handler.
   */
  public static final String PERSIST_AND_COUNT_FUNCTION_ARN =
      "arn:aws:lambda:us-east-1:000000000000:function:vanitycall-persist-and-count";

  /** DeepScore's timeout, as the CDK app deploys it (infra ServiceStack; keep them in step). */
  public static final Duration DEEP_SCORE_TIMEOUT = Duration.ofSeconds(5);

  /** PersistAndCount's timeout, as the CDK app deploys it (infra ServiceStack). */
  public static final Duration PERSIST_AND_COUNT_TIMEOUT = Duration.ofSeconds(50);

  public LocalWorkflowConfig {
    Objects.requireNonNull(dynamoDbEndpoint, "dynamoDbEndpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(deepScore, "deepScore");
    Objects.requireNonNull(persistAndCount, "persistAndCount");
    placeholders = Map.copyOf(placeholders);
  }

  /**
   * @throws InvalidConfigurationException naming the first variable that is missing or invalid
   */
  public static LocalWorkflowConfig fromEnvironment(Map<String, String> environment) {
    var env = new Environment(environment);
    return new LocalWorkflowConfig(
        env.requiredEndpoint(SharedVariables.AWS_ENDPOINT_URL_DYNAMODB),
        env.required(SharedVariables.AWS_REGION),
        environment.getOrDefault(ACCESS_KEY_ID, "local"),
        Map.of(
            "DeepScoreFunctionArn",
            DEEP_SCORE_FUNCTION_ARN,
            "PersistAndCountFunctionArn",
            PERSIST_AND_COUNT_FUNCTION_ARN,
            "VanityCacheTable",
            env.required(SharedVariables.VANITY_CACHE_TABLE),
            "DeadLettersTable",
            env.required(SharedVariables.DEAD_LETTERS_TABLE)),
        DeepScoreConfig.fromEnvironment(environment),
        PersistAndCountConfig.fromEnvironment(environment));
  }
}
