package com.vanitycall.aws;

import com.vanitycall.core.live.LivePush;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/** Posts to a page connected to the WebSocket API, through its Management API. */
public final class ApiGatewayLivePush implements LivePush {

  private final ApiGatewayManagementApiClient connections;

  public ApiGatewayLivePush(ApiGatewayManagementApiClient connections) {
    this.connections = connections;
  }

  @Override
  public boolean push(String connectionId, String message) {
    try {
      connections.postToConnection(
          b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String(message)));
      return true;
    } catch (GoneException e) {
      return false;
    }
  }
}
