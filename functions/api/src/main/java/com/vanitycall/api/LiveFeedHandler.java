package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.vanitycall.aws.ApiGatewayLivePush;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.core.live.LiveFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The calls table's stream, told to the pages: each new call (an INSERT) is posted, as the same
 * masked JSON as an entry of {@code /api/recent}, to every page connected to the WebSocket API. A
 * record that cannot be told is reported as a batch item failure, so that the stream retries it.
 */
public final class LiveFeedHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

  private static final Logger LOG = LogManager.getLogger(LiveFeedHandler.class);

  private final LiveFeed feed;

  /** What Lambda calls: configured from the environment. */
  public LiveFeedHandler() {
    this(LiveConfig.fromEnvironment(System.getenv()));
  }

  private LiveFeedHandler(LiveConfig config) {
    this(feedOn(config));
  }

  public LiveFeedHandler(LiveFeed feed) {
    this.feed = feed;
  }

  private static LiveFeed feedOn(LiveConfig config) {
    AwsClients clients =
        new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty());
    return new LiveFeed(
        new DynamoDbLiveConnections(
            clients.dynamoDb(CallBudget.inBackground()), config.connectionsTable()),
        new ApiGatewayLivePush(
            clients.webSocketConnections(config.requiredCallbackUrl(), CallBudget.inBackground())));
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
      try {
        NewCalls.message(record).ifPresent(feed::broadcast);
      } catch (RuntimeException e) {
        String id = record.getDynamodb().getSequenceNumber();
        LOG.error(
            "the new call of stream record {} was not told to the pages: {}", id, e.toString());
        failures.add(new StreamsEventResponse.BatchItemFailure(id));
      }
    }
    return new StreamsEventResponse(failures);
  }
}
