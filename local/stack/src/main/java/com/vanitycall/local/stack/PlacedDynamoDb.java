package com.vanitycall.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.vanitycall.local.workflow.DynamoDbRefusedException;
import com.vanitycall.local.workflow.DynamoDbTransport;
import java.io.IOException;

/**
 * The workflow's DynamoDB tasks, in process, each sent to the DynamoDB Local instance that holds
 * its table ({@link TablePlacement}): RefreshCache to the cache's, the rest to the main one.
 */
record PlacedDynamoDb(TablePlacement<DynamoDbTransport> placement) implements DynamoDbTransport {

  @Override
  public JsonNode send(String operation, JsonNode request)
      throws DynamoDbRefusedException, IOException {
    DynamoDbTransport instance;
    try {
      instance = placement.forRequest(request);
    } catch (TablePlacement.TablesApartException e) {
      throw new DynamoDbRefusedException("ValidationException", e.getMessage(), 400);
    }
    return instance.send(operation, request);
  }
}
