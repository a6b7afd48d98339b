package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * The API of analysts and of the web page, for API Gateway HTTP API events (payload format 2.0):
 * {@code GET /api/recent}, {@code GET /api/calls}, {@code GET /api/stats} (docs/api.md).
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(404)
        .withHeaders(Map.of("Content-Type", "application/json"))
        .withBody("{\"error\":\"no such route\"}")
        .build();
  }
}
