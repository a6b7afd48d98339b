package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.vanitycall.aws.ApiGatewayLiveChannel;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbLiveConnections;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.live.LiveChannel;
import com.vanitycall.core.live.LiveConnections;
import com.vanitycall.core.live.LiveFeed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * Fed by the calls table's stream (NEW_IMAGE): a batch's new calls, masked and shaped as {@code
 * /api/recent} answers them (the newest {@value #MOST_CALLS} of them, newest first), go to every
 * connected page in one message ({@link LiveFeed}: the pages listed once, posted to several at a
 * time). Records it could not handle are named in the response, which Lambda reads because the
 * event source mapping reports batch item failures: it retries from the first of them, and only
 * from there. The local server runs this same handler on DynamoDB Local's stream, with its own
 * sockets behind {@link LiveChannel}.
 */
public final class LiveFeedHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

  /** The most calls one message carries: as many as /api/recent answers, a few KB. */
  static final int MOST_CALLS = ApiRoutes.MAX_RECENT;

  /** Pages posted to at once: a thousand pages take some 30 round trips to the API, not 1,000. */
  static final int POSTS_IN_FLIGHT = 32;

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
    this(new LiveFeed(connections, channel, POSTS_IN_FLIGHT));
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    List<DynamodbStreamRecord> records = event.getRecords();
    NewCalls batch = NewCalls.read(records);
    if (batch.calls().isEmpty()) {
      return failed(batch.unread());
    }
    List<StoredCall> newest =
        batch.calls().stream().sorted(StoredCall.NEWEST_FIRST).limit(MOST_CALLS).toList();
    try {
      int reached = feed.publish(CallJson.list(newest).toString());
      LOG.info("{} new calls sent to {} live pages", batch.calls().size(), reached);
      return failed(batch.unread());
    } catch (RuntimeException e) {
      LOG.warn(
          "{} new calls could not be offered to the live pages, reported for Lambda to retry: {}",
          batch.calls().size(),
          e.toString());
      return failed(records);
    }
  }

  /** The records Lambda is to retry, by sequence number; none: the batch is done. */
  private static StreamsEventResponse failed(List<DynamodbStreamRecord> records) {
    return new StreamsEventResponse(
        records.stream()
            .map(r -> new BatchItemFailure(r.getDynamodb().getSequenceNumber()))
            .toList());
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
        new ApiGatewayLiveChannel(management),
        POSTS_IN_FLIGHT);
  }
}
