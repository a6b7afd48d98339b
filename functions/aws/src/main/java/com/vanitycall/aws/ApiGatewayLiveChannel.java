package com.vanitycall.aws;

import com.vanitycall.core.live.LiveChannel;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * Posts to a page through the WebSocket API's management endpoint; a connection that answers 410
 * Gone has been closed. The Management API client is an optional dependency of this module: only
 * the live feed's Lambda (functions/api) needs it, and declares it.
 */
public final class ApiGatewayLiveChannel implements LiveChannel {

  private final ApiGatewayManagementApiClient management;

  public ApiGatewayLiveChannel(ApiGatewayManagementApiClient management) {
    this.management = management;
  }

  @Override
  public boolean post(String connectionId, String message) {
    try {
      management.postToConnection(
          b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String(message)));
      return true;
    } catch (GoneException gone) {
      return false;
    }
  }
}
