package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** How a DynamoDB API request in DynamoDB's JSON protocol reaches DynamoDB Local. */
public interface DynamoDbTransport {

  /**
   * @param operation the API operation, e.g. {@code PutItem}
   * @param request the request body
   * @return the response body
   * @throws DynamoDbRefusedException when DynamoDB answered with an error
   * @throws IOException when DynamoDB could not be reached
   */
  JsonNode send(String operation, JsonNode request) throws DynamoDbRefusedException, IOException;
}
