package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.vanitycall.aws.ApiGatewayLiveChannel;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.aws.StoredCallItem;
import com.vanitycall.core.live.LiveChannel;
import com.vanitycall.core.live.LiveConnections;
import com.vanitycall.core.live.LiveFeed;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * Fed by the calls table's stream (NEW_IMAGE): each new call, masked and shaped like one entry of
 * {@code /api/recent}, is posted to every connected page ({@link LiveFeed}). The local server runs
 * this same handler on DynamoDB Local's stream, with its own sockets behind {@link LiveChannel}.
 */
public final class LiveFeedHandler implements RequestHandler<DynamodbEvent, Void> {

  private static final Logger LOG = LogManager.getLogger(LiveFeedHandler.class);

  private final LiveFeed feed;

  /** What Lambda calls: configured from the environment. */
  public LiveFeedHandler() {
    this(LiveConfig.fromEnvironment(System.getenv()));
  }

  public LiveFeedHandler(LiveConfig config) {
    this(composed(config));
  }

  private LiveFeedHandler(LiveFeed feed) {
    this.feed = feed;
  }

  /** For tests and the local server: the pages and the way to reach them. */
  public LiveFeedHandler(LiveConnections connections, LiveChannel channel) {
    this(new LiveFeed(connections, channel));
  }

  @Override
  public Void handleRequest(DynamodbEvent event, Context context) {
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      if ("INSERT".equals(record.getEventName()) && record.getDynamodb().getNewImage() != null) {
        var call = StoredCallItem.read(sdkItem(record.getDynamodb().getNewImage()));
        int reached = feed.publish(CallJson.text(call));
        LOG.debug("call {} sent to {} live pages", call.eventId(), reached);
      }
    }
    return null;
  }

  /** The stream image's attributes as the SDK's (a call's item has strings and numbers only). */
  private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdkItem(
      Map<String, AttributeValue> image) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item =
        new HashMap<>();
    image.forEach(
        (name, value) -> {
          if (value.getS() != null) {
            item.put(
                name,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value.getS()));
          } else if (value.getN() != null) {
            item.put(
                name,
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(value.getN()));
          }
        });
    return item;
  }

  private static LiveFeed composed(LiveConfig config) {
    AwsClients clients =
        new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty());
    CallBudget budget = CallBudget.whileCallerWaits(Duration.ofSeconds(2));
    ApiGatewayManagementApiClient management =
        clients.client(
            // the callback URL is AWS's own endpoint, signed with the function's credentials
            ApiGatewayManagementApiClient.builder().endpointOverride(config.requiredCallbackUrl()),
            Optional.empty(),
            budget);
    return new LiveFeed(
        new DynamoDbLiveConnections(clients.dynamoDb(budget), config.connectionsTable()),
        new ApiGatewayLiveChannel(management));
  }
}
