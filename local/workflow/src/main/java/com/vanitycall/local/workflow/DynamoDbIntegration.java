package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Step Functions' DynamoDB integrations, sent to DynamoDB Local: the optimized ones ({@code
 * arn:aws:states:::dynamodb:putItem}, ...) and the AWS SDK ones ({@code
 * arn:aws:states:::aws-sdk:dynamodb:transactWriteItems}, ...). A Task's Parameters are the DynamoDB
 * API request, so they are sent as they are, in DynamoDB's JSON protocol; the response is the
 * task's result. Errors are named as Step Functions names them: {@code DynamoDB.<Exception>} for
 * the optimized integrations, {@code DynamoDb.<Exception>} for the SDK ones, with DynamoDB's
 * message (and a cancelled transaction's reasons) as the cause. The optimized integrations name
 * only the exceptions the DynamoDB client behind them models; any other error code (a {@code
 * ValidationException}, a {@code ThrottlingException}, ...) arrives as {@value #UNMODELLED}, its
 * code in the cause, so a state machine cannot tell a refusal for good from a transient error by
 * that name, and must not retry it as transient.
 */
public final class DynamoDbIntegration {

  public static final String OPTIMIZED = "arn:aws:states:::dynamodb:";
  public static final String SDK = "arn:aws:states:::aws-sdk:dynamodb:";

  /** What the optimized integrations call an error their DynamoDB client has no exception for. */
  public static final String UNMODELLED = "DynamoDB.AmazonDynamoDBException";

  /** The exceptions the optimized integrations' client models for item operations. */
  private static final Set<String> MODELLED =
      Set.of(
          "ConditionalCheckFailedException",
          "ProvisionedThroughputExceededException",
          "ResourceNotFoundException",
          "ItemCollectionSizeLimitExceededException",
          "TransactionConflictException",
          "RequestLimitExceeded",
          "InternalServerErrorException");

  private final DynamoDbTransport transport;

  public DynamoDbIntegration(DynamoDbTransport transport) {
    this.transport = transport;
  }

  public static boolean handles(String resource) {
    return resource.startsWith(OPTIMIZED) || resource.startsWith(SDK);
  }

  public JsonNode call(String resource, JsonNode request) throws TaskFailedException {
    String errorPrefix = resource.startsWith(SDK) ? "DynamoDb." : "DynamoDB.";
    String operation = operation(resource);
    try {
      return transport.send(operation, request);
    } catch (DynamoDbRefusedException e) {
      String cause =
          e.getMessage()
              + " (Service: DynamoDb, Status Code: "
              + e.statusCode()
              + ", Error Code: "
              + e.exception()
              + ")";
      if (resource.startsWith(OPTIMIZED) && !MODELLED.contains(e.exception())) {
        throw new TaskFailedException(UNMODELLED, cause);
      }
      throw new TaskFailedException(errorPrefix + e.exception(), cause);
    } catch (IOException e) {
      throw new TaskFailedException(
          errorPrefix + "SdkClientException", "DynamoDB did not answer " + operation + ": " + e);
    }
  }

  /** {@code putItem} → {@code PutItem}. */
  static String operation(String resource) {
    String name = resource.substring(resource.lastIndexOf(':') + 1);
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
