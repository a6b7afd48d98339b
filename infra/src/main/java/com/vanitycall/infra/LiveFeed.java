package com.vanitycall.infra;

import com.vanitycall.api.LiveConfig;
import com.vanitycall.aws.schema.SharedVariables;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_integrations.WebSocketLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.apigatewayv2.WebSocketApi;
import software.amazon.awscdk.services.apigatewayv2.WebSocketRouteOptions;
import software.amazon.awscdk.services.apigatewayv2.WebSocketStage;
import software.amazon.awscdk.services.lambda.EventSourceMapping;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The web page's live feed: a WebSocket API whose {@code $connect} and {@code $disconnect} keep the
 * connections table ({@code LiveConnectionsHandler}, which also answers the pages' keep-alive on
 * {@code $default}), and a broadcaster ({@code LiveFeedHandler}) fed by the calls table's stream
 * that posts each new call to every connection. The broadcaster reads the stream and the
 * connections, forgets connections that are gone, and posts to this API's stage — nothing else.
 */
public final class LiveFeed extends Construct {
  public static final String CONNECTIONS_HANDLER =
      "com.vanitycall.api.LiveConnectionsHandler::handleRequest";
  public static final String FEED_HANDLER = "com.vanitycall.api.LiveFeedHandler::handleRequest";
  public static final String STAGE = "live";

  /**
   * How often a page pings its socket: API Gateway closes a WebSocket idle for 10 minutes (its
   * WebSocket quotas, "Idle Connection Timeout"), and a quiet feed sends nothing for longer.
   */
  public static final Duration KEEP_ALIVE = Duration.minutes(9);

  /** Messages (and connects) per second the stage lets through, and the burst above it. */
  public static final int RATE_LIMIT = 50;

  public static final int BURST_LIMIT = 100;

  private final JavaFunction connections;
  private final JavaFunction feed;
  private final WebSocketApi api;
  private final WebSocketStage stage;
  private final Queue failedBatches;
  private final EventSourceMapping fromCalls;

  public LiveFeed(Construct scope, String id, ApiFunctionsProps props) {
    super(scope, id);
    connections =
        new JavaFunction(
            this,
            "LiveConnections",
            JavaFunction.Props.builder()
                .description("Live feed: remembers and forgets the pages connected to it")
                .jar(props.jar())
                .handler(CONNECTIONS_HANDLER)
                .memoryMb(1024)
                .timeout(Duration.seconds(5))
                .environment(
                    Map.of(
                        SharedVariables.CONNECTIONS_TABLE,
                        props.data().liveConnections().getTableName()))
                .build());
    Permissions.allow(
        connections.function(),
        props.data().liveConnections().getTableArn(),
        "dynamodb:PutItem",
        "dynamodb:DeleteItem");
    Permissions.encryptWith(connections.function(), props.data().key());

    api =
        WebSocketApi.Builder.create(this, "Api")
            .description(
                "vanitycall: each new call, pushed to the pages that show the last callers")
            .connectRouteOptions(route("Connect").build())
            .disconnectRouteOptions(route("Disconnect").build())
            // the page's keep-alive ping, answered with a pong (a route response sends it back)
            .defaultRouteOptions(route("Ping").returnResponse(true).build())
            .build();
    stage =
        WebSocketStage.Builder.create(this, "Stage")
            .webSocketApi(api)
            .stageName(STAGE)
            .autoDeploy(true)
            .throttle(
                ThrottleSettings.builder().rateLimit(RATE_LIMIT).burstLimit(BURST_LIMIT).build())
            .build();

    feed =
        new JavaFunction(
            this,
            "LiveFeed",
            JavaFunction.Props.builder()
                .description("Live feed: posts each new call to every connected page")
                .jar(props.jar())
                .handler(FEED_HANDLER)
                .memoryMb(1024)
                .timeout(Duration.seconds(30))
                .environment(
                    Map.of(
                        SharedVariables.CONNECTIONS_TABLE,
                        props.data().liveConnections().getTableName(),
                        LiveConfig.WEBSOCKET_CALLBACK_URL,
                        stage.getCallbackUrl()))
                .build());
    // what Lambda's poller needs to read the stream for it (ListStreams has no resource of its own)
    Permissions.allow(
        feed.function(),
        props.data().calls().getTableStreamArn(),
        "dynamodb:DescribeStream",
        "dynamodb:GetRecords",
        "dynamodb:GetShardIterator");
    Permissions.allow(feed.function(), "*", "dynamodb:ListStreams");
    // every connection (a table of open pages, not the call history) and forgetting a gone one
    Permissions.allow(
        feed.function(),
        props.data().liveConnections().getTableArn(),
        "dynamodb:Scan",
        "dynamodb:DeleteItem");
    Permissions.decryptWith(feed.function(), props.data().key());
    Permissions.allow(
        feed.function(),
        Stack.of(this)
            .formatArn(
                ArnComponents.builder()
                    .service("execute-api")
                    .resource(api.getApiId())
                    .resourceName(STAGE + "/POST/@connections/*")
                    .build()),
        "execute-api:ManageConnections");

    // Lambda's record of a batch it gave up on names its shard and sequence numbers, never a call
    failedBatches =
        Queue.Builder.create(this, "FailedBatches")
            .encryption(QueueEncryption.SQS_MANAGED)
            .enforceSsl(true)
            .retentionPeriod(Duration.days(14))
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    fromCalls =
        EventSourceMapping.Builder.create(this, "FromCallsStream")
            .target(feed.alias())
            .eventSourceArn(props.data().calls().getTableStreamArn())
            // a live feed: calls from now on, in order (one batch per shard at a time)
            .startingPosition(StartingPosition.LATEST)
            .parallelizationFactor(1)
            .batchSize(100)
            .maxBatchingWindow(Duration.seconds(0))
            // only new calls invoke it; TTL deletions and updates never do
            .filters(
                List.of(FilterCriteria.filter(Map.of("eventName", FilterRule.isEqual("INSERT")))))
            // a failing batch is split to find the bad record, retried briefly, then given up on:
            // a call older than two minutes is no longer news, and the page's polling shows it
            .bisectBatchOnError(true)
            // the handler names the records it could not tell; only those (and after them) retry
            .reportBatchItemFailures(true)
            .retryAttempts(2)
            .maxRecordAge(Duration.minutes(2))
            .onFailure(new SqsDlq(failedBatches))
            .build();

    NagSuppressions.addResourceSuppressions(
        feed.function().getRole(),
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "a connection id is known only at run time: the broadcaster may POST to any"
                        + " connection of this API's live stage, and nothing else")
                .appliesTo(
                    List.of(
                        RegexAppliesTo.builder()
                            .regex(
                                "/^Resource::arn:.*:execute-api:.*\\/"
                                    + STAGE
                                    + "\\/POST\\/@connections\\/\\*$/")
                            .build()))
                .build()),
        true);
    NagSuppressions.addResourceSuppressions(
        api,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-APIG4")
                .reason(
                    "the public page opens the socket without credentials; it only receives the"
                        + " same masked calls /api/recent serves publicly, and cannot send")
                .build()),
        true);
    NagSuppressions.addResourceSuppressions(
        stage,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-APIG1")
                .reason(
                    "WebSocket access logs need the account-wide API Gateway CloudWatch role, which"
                        + " this app must not own; every connect, disconnect and post is logged by"
                        + " LiveConnections and LiveFeed in their own log groups")
                .build()));
    NagSuppressions.addResourceSuppressions(
        failedBatches,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason(
                    "this queue is the live feed's on-failure destination; it has none of its own")
                .build()));
  }

  private WebSocketRouteOptions.Builder route(String name) {
    return WebSocketRouteOptions.builder()
        .integration(new WebSocketLambdaIntegration(name, connections.alias()));
  }

  public JavaFunction connections() {
    return connections;
  }

  public JavaFunction feed() {
    return feed;
  }

  public WebSocketApi api() {
    return api;
  }

  public WebSocketStage stage() {
    return stage;
  }

  public Queue failedBatches() {
    return failedBatches;
  }

  public EventSourceMapping fromCalls() {
    return fromCalls;
  }
}
