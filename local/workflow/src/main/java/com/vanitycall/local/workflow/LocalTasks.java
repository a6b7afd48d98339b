package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Task resources of the call pipeline on one machine: Lambda invocations go to the handlers in
 * this process, DynamoDB integrations to DynamoDB Local.
 */
public final class LocalTasks implements TaskRunner {

  private final LocalLambda lambda;
  private final DynamoDbIntegration dynamoDb;

  public LocalTasks(LocalLambda lambda, DynamoDbIntegration dynamoDb) {
    this.lambda = lambda;
    this.dynamoDb = dynamoDb;
  }

  /** Whether a Task with this {@code Resource} can run here. */
  public static boolean supports(String resource) {
    return resource.equals(LocalLambda.INVOKE) || DynamoDbIntegration.handles(resource);
  }

  @Override
  public JsonNode run(TaskRequest request) throws TaskFailedException {
    if (request.resource().equals(LocalLambda.INVOKE)) {
      return lambda.invoke(request.input());
    }
    if (DynamoDbIntegration.handles(request.resource())) {
      return dynamoDb.call(request.resource(), request.input());
    }
    throw new TaskFailedException(
        "States.Runtime", "state " + request.state() + ": no local resource " + request.resource());
  }
}
