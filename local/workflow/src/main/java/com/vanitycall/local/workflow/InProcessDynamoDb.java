package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.dynamodb.services.exceptions.DynamoDBLocalServiceException;
import software.amazon.dynamodb.services.local.dispatchers.DeleteItemDispatcher;
import software.amazon.dynamodb.services.local.dispatchers.Dispatcher;
import software.amazon.dynamodb.services.local.dispatchers.GetItemDispatcher;
import software.amazon.dynamodb.services.local.dispatchers.PutItemDispatcher;
import software.amazon.dynamodb.services.local.dispatchers.QueryDispatcher;
import software.amazon.dynamodb.services.local.dispatchers.TransactWriteItemsDispatcher;
import software.amazon.dynamodb.services.local.dispatchers.UpdateItemDispatcher;
import software.amazon.dynamodb.services.local.server.DynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.shared.mapper.DynamoDbObjectMapper;

/**
 * DynamoDB's JSON protocol handed straight to the request handler of a DynamoDB Local running in
 * this process: the same tables its HTTP endpoint serves, read and written the way its HTTP server
 * does it (its own JSON mapper and dispatchers), without the HTTP client, the socket, Jetty and the
 * second round of JSON. The operations are the ones Step Functions' DynamoDB integrations use here.
 */
public final class InProcessDynamoDb implements DynamoDbTransport {

  private final ObjectMapper json = JsonMapper.builder().build();
  private final DynamoDbObjectMapper dynamoJson = new DynamoDbObjectMapper();
  private final Map<String, Operation<?>> operations =
      Map.of(
          "PutItem", new Operation<>(PutItemRequest.class, new PutItemDispatcher(dynamoJson)),
          "UpdateItem",
              new Operation<>(UpdateItemRequest.class, new UpdateItemDispatcher(dynamoJson)),
          "GetItem", new Operation<>(GetItemRequest.class, new GetItemDispatcher(dynamoJson)),
          "DeleteItem",
              new Operation<>(DeleteItemRequest.class, new DeleteItemDispatcher(dynamoJson)),
          "Query", new Operation<>(QueryRequest.class, new QueryDispatcher(dynamoJson)),
          "TransactWriteItems",
              new Operation<>(
                  TransactWriteItemsRequest.class, new TransactWriteItemsDispatcher(dynamoJson)));
  private final DynamoDBRequestHandler handler;
  private final String accessKey;
  private final String region;

  /**
   * @param accessKey and {@code region}: whose tables, as DynamoDB Local keeps them apart unless it
   *     shares one database (the SDK clients of the local stack use the same)
   */
  public InProcessDynamoDb(DynamoDBRequestHandler handler, String accessKey, String region) {
    this.handler = handler;
    this.accessKey = accessKey;
    this.region = region;
  }

  /** Whether an operation can be sent this way. */
  public boolean supports(String operation) {
    return operations.containsKey(operation);
  }

  @Override
  public JsonNode send(String operation, JsonNode request)
      throws DynamoDbRefusedException, IOException {
    Operation<?> known = operations.get(operation);
    if (known == null) {
      throw new DynamoDbRefusedException(
          "UnknownOperationException", "not sent in process: " + operation, 400);
    }
    try {
      return json.readTree(known.enact(dynamoJson, request, this));
    } catch (DynamoDBLocalServiceException e) {
      String code = e.getErrorCode() == null ? "AmazonDynamoDBException" : e.getErrorCode();
      throw new DynamoDbRefusedException(
          code.substring(code.lastIndexOf('#') + 1),
          withReasons(e.getErrorMessage() == null ? e.getMessage() : e.getErrorMessage(), e),
          e.statusCode() == 0 ? 400 : e.statusCode());
    }
  }

  private static String withReasons(String message, DynamoDBLocalServiceException e) {
    List<CancellationReason> reasons = e.getCancellationReasons();
    if (reasons == null || reasons.isEmpty() || message.contains("[")) {
      return message;
    }
    return message
        + " ["
        + reasons.stream()
            .map(reason -> reason.code() == null ? "None" : reason.code())
            .collect(Collectors.joining(", "))
        + "]";
  }

  private record Operation<T>(Class<T> requestType, Dispatcher<T> dispatcher) {

    /** Reads the request with DynamoDB Local's mapper straight from the tree, not from text. */
    byte[] enact(DynamoDbObjectMapper mapper, JsonNode body, InProcessDynamoDb target)
        throws IOException {
      return dispatcher.enact(
          target.accessKey,
          target.region,
          mapper.readValue(mapper.treeAsTokens(body), requestType),
          target.handler);
    }
  }
}
