package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.constructs.IConstruct;

class WebStackTest {
  private final SynthesizedApp app = SynthesizedApp.get();
  private final Template web = app.web;
  private final CallData data = app.stacks.data().data();
  private final WebStack stack = app.stacks.web();
  private final AnalystApi api = stack.api();
  private final LiveFeed live = stack.live();
  private final WebSite site = stack.site();

  @Test
  void httpApi_hasOnlyTheAnalystsRoutes_signedWithIam_noPublicOne() {
    assertThat(routes(api.api()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("ANY /api/calls", "AWS_IAM", "ANY /api/stats", "AWS_IAM"));
    Map<String, Map<String, Object>> integrations =
        ofApi("AWS::ApiGatewayV2::Integration", api.api());
    assertThat(integrations.values())
        .singleElement()
        .satisfies(
            integration -> {
              Map<String, Object> props = Resources.properties(integration);
              assertThat(props)
                  .containsEntry("IntegrationType", "AWS_PROXY")
                  .containsEntry("PayloadFormatVersion", "2.0");
              assertThat(Resources.refersTo(props.get("IntegrationUri"), id(api.handler().alias())))
                  .isTrue();
            });
  }

  @Test
  void httpApi_isThrottledAtItsStage_andLogsRoutesNeverQueryStrings() {
    Map<String, Object> stage = onlyStageOf(api.api());
    assertThat(stage.get("StageName")).isEqualTo("$default");
    assertThat(stage.get("DefaultRouteSettings"))
        .isEqualTo(
            Map.of(
                "ThrottlingRateLimit", AnalystApi.RATE_LIMIT,
                "ThrottlingBurstLimit", AnalystApi.BURST_LIMIT));
    String format = (String) Resources.at(stage, "AccessLogSettings", "Format");
    assertThat(format)
        .contains("$context.routeKey", "$context.status", "$context.identity.userArn")
        .doesNotContain("$context.path", "querystring", "$context.requestOverride");
    assertThat(Resources.flatten(Resources.at(stage, "AccessLogSettings", "DestinationArn")))
        .contains("AnalystApiAccessLogs");
  }

  @Test
  void httpApi_allowsNoOtherOrigin_becauseThePageCallsItThroughItsOwn() {
    Map<String, Object> httpApi = Resources.properties(only("AWS::ApiGatewayV2::Api", api.api()));
    assertThat(httpApi)
        .containsEntry("ProtocolType", "HTTP")
        .doesNotContainKey("CorsConfiguration");
    Map<String, Object> origin = origin((String) behaviour("/api/*").get("TargetOriginId"));
    assertThat(Resources.flatten(origin.get("DomainName")))
        .startsWith("<<{Ref=" + id(api.api()) + "}>>.execute-api.");
    assertThat(Resources.at(origin, "CustomOriginConfig", "OriginProtocolPolicy"))
        .isEqualTo("https-only");
  }

  /**
   * Issue 19: the execute-api endpoint is public, so the page's routes could be hammered around the
   * edge's cache and security headers, and HTTP APIs have no resource policy to refuse that. They
   * are served from the handler's function URL instead, which takes only SigV4-signed requests, and
   * the only one allowed to sign them is this distribution, with origin access control.
   */
  @Test
  void publicRoutes_reachTheirHandler_onlyThroughThisDistribution() {
    Map<String, Object> url = Resources.properties(only("AWS::Lambda::Url", site.pageApi().url()));
    assertThat(url).containsEntry("AuthType", "AWS_IAM");
    assertThat(Resources.refersTo(url.get("TargetFunctionArn"), id(api.handler().function())))
        .isTrue();
    assertThat(url).containsEntry("Qualifier", JavaFunction.ALIAS);
    for (String route : List.of(AnalystApi.RECENT, AnalystApi.TODAY)) {
      Map<String, Object> origin = origin((String) behaviour(route).get("TargetOriginId"));
      assertThat(Resources.flatten(origin.get("DomainName")))
          .as(route)
          .contains("GetAtt=[" + id(site.pageApi().url()) + ", FunctionUrl]");
      List<?> control =
          (List<?>) Resources.map(origin.get("OriginAccessControlId")).get("Fn::GetAtt");
      assertThat(
              Resources.map(
                  Resources.at(
                      web.toJSON(),
                      "Resources",
                      control.get(0),
                      "Properties",
                      "OriginAccessControlConfig")))
          .as(route)
          .containsEntry("OriginAccessControlOriginType", "lambda")
          .containsEntry("SigningBehavior", "always")
          .containsEntry("SigningProtocol", "sigv4");
    }
    List<Map<String, Object>> grants =
        Resources.ofType(web, "AWS::Lambda::Permission").values().stream()
            .map(Resources::properties)
            .filter(p -> "cloudfront.amazonaws.com".equals(p.get("Principal")))
            .toList();
    assertThat(grants)
        .extracting(p -> p.get("Action"))
        .containsExactlyInAnyOrder("lambda:InvokeFunctionUrl", "lambda:InvokeFunction");
    assertThat(grants)
        .allSatisfy(
            grant -> {
              assertThat(Resources.flatten(grant.get("SourceArn")))
                  .contains(":distribution/<<{Ref=" + id(site.distribution()) + "}>>");
              // the alias the URL is for
              assertThat(grant.get("FunctionName"))
                  .isEqualTo(Map.of("Ref", id(api.handler().alias())));
            });
    assertThat(grants)
        .filteredOn(grant -> "lambda:InvokeFunctionUrl".equals(grant.get("Action")))
        .singleElement()
        .satisfies(grant -> assertThat(grant).containsEntry("FunctionUrlAuthType", "AWS_IAM"));
    assertThat(grants)
        .filteredOn(grant -> "lambda:InvokeFunction".equals(grant.get("Action")))
        .singleElement()
        .satisfies(grant -> assertThat(grant).containsEntry("InvokedViaFunctionUrl", true));
  }

  @Test
  void recentCallers_areCachedAtTheEdgeForASecondOrTwo_whateverTheHandlerSays_keyedByLimitOnly() {
    Map<String, Object> recent = behaviour(AnalystApi.RECENT);
    assertThat(recent)
        .containsEntry("ViewerProtocolPolicy", "https-only")
        .containsEntry("AllowedMethods", List.of("GET", "HEAD"));
    String policyId = (String) Resources.map(recent.get("CachePolicyId")).get("Ref");
    Map<String, Object> config =
        Resources.map(
            Resources.at(web.toJSON(), "Resources", policyId, "Properties", "CachePolicyConfig"));
    assertThat(config)
        // a minimum above 0 caches even an answer that says no-store
        .containsEntry("MinTTL", 1)
        .containsEntry("DefaultTTL", 1)
        .containsEntry("MaxTTL", 2);
    assertThat(
            Resources.at(config, "ParametersInCacheKeyAndForwardedToOrigin", "QueryStringsConfig"))
        .isEqualTo(Map.of("QueryStringBehavior", "whitelist", "QueryStrings", List.of("limit")));
    assertThat(
            Resources.at(
                config,
                "ParametersInCacheKeyAndForwardedToOrigin",
                "HeadersConfig",
                "HeaderBehavior"))
        .isEqualTo("none");
  }

  @Test
  void todaysFigures_areCachedAtTheEdgeForFiveSeconds_withoutQueryStrings() {
    Map<String, Object> today = behaviour(AnalystApi.TODAY);
    assertThat(today).containsEntry("AllowedMethods", List.of("GET", "HEAD"));
    String policyId = (String) Resources.map(today.get("CachePolicyId")).get("Ref");
    Map<String, Object> config =
        Resources.map(
            Resources.at(web.toJSON(), "Resources", policyId, "Properties", "CachePolicyConfig"));
    assertThat(config).containsEntry("MinTTL", 5).containsEntry("MaxTTL", 5);
    assertThat(
            Resources.at(
                config,
                "ParametersInCacheKeyAndForwardedToOrigin",
                "QueryStringsConfig",
                "QueryStringBehavior"))
        .isEqualTo("none");
  }

  @Test
  void everyOtherApiPath_goesToTheHttpApiUncached_afterThePublicRoutes_soItAnswersForItself() {
    List<Object> patterns =
        ((List<?>) distributionConfig().get("CacheBehaviors"))
            .stream().map(b -> Resources.map(b).get("PathPattern")).toList();
    // CloudFront takes the first pattern that matches
    assertThat(patterns).containsExactly(AnalystApi.RECENT, AnalystApi.TODAY, "/api/*");
    Map<String, Object> rest = behaviour("/api/*");
    assertThat(Resources.flatten(origin((String) rest.get("TargetOriginId")).get("DomainName")))
        .startsWith("<<{Ref=" + id(api.api()) + "}>>.execute-api.");
    assertThat(rest)
        .containsEntry("ViewerProtocolPolicy", "https-only")
        .containsEntry("AllowedMethods", List.of("GET", "HEAD"))
        // the managed CachingDisabled and AllViewerExceptHostHeader policies
        .containsEntry("CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
        .containsEntry("OriginRequestPolicyId", "b689b0a8-53d0-40ab-baf2-68738e2966ac");
  }

  @Test
  void webSocketApi_routesConnectDisconnectAndPingsToLiveConnections_onAThrottledLiveStage() {
    assertThat(routes(live.api()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("$connect", "NONE", "$disconnect", "NONE", "$default", "NONE"));
    assertThat(ofApi("AWS::ApiGatewayV2::Integration", live.api()).values())
        .hasSize(3)
        .allSatisfy(
            integration ->
                assertThat(
                        Resources.flatten(
                            Resources.at(integration, "Properties", "IntegrationUri")))
                    .contains("<<{Ref=" + id(live.connections().alias()) + "}>>"));
    Map<String, Object> stage = onlyStageOf(live.api());
    assertThat(stage.get("StageName")).isEqualTo(LiveFeed.STAGE);
    assertThat(stage.get("DefaultRouteSettings"))
        .isEqualTo(
            Map.of(
                "ThrottlingRateLimit", LiveFeed.RATE_LIMIT,
                "ThrottlingBurstLimit", LiveFeed.BURST_LIMIT));
  }

  /**
   * API Gateway closes a WebSocket idle for 10 minutes (WebSocket quotas): the page pings every 9
   * (config.json says so) on the $default route, whose answer a route response sends back.
   */
  @Test
  void pagesPings_reachTheDefaultRoute_andItsAnswerGoesBack_soonerThanTheIdleTimeout()
      throws IOException {
    Map.Entry<String, Map<String, Object>> ping =
        ofApi("AWS::ApiGatewayV2::Route", live.api()).entrySet().stream()
            .filter(r -> "$default".equals(Resources.at(r.getValue(), "Properties", "RouteKey")))
            .findFirst()
            .orElseThrow();
    assertThat(Resources.properties(ping.getValue()))
        .containsEntry("RouteResponseSelectionExpression", "$default");
    assertThat(Resources.ofType(web, "AWS::ApiGatewayV2::RouteResponse").values())
        .singleElement()
        .satisfies(
            response -> {
              assertThat(Resources.properties(response))
                  .containsEntry("RouteResponseKey", "$default");
              assertThat(
                      Resources.refersTo(
                          Resources.properties(response).get("RouteId"), ping.getKey()))
                  .isTrue();
            });
    assertThat(configJson()).contains("\"keepAliveSeconds\":540");
  }

  @Test
  void liveFeed_readsNewCallsFromTheCallsStream_inOrder_thenGivesUpToItsQueue() {
    Map<String, Object> mapping =
        Resources.properties(
            Resources.ofType(web, "AWS::Lambda::EventSourceMapping").values().iterator().next());
    assertThat(Resources.ofType(web, "AWS::Lambda::EventSourceMapping")).hasSize(1);
    assertThat(Resources.refersTo(mapping.get("EventSourceArn"), id(data.calls()))).isTrue();
    assertThat(Resources.flatten(mapping.get("EventSourceArn"))).contains("StreamArn");
    // the alias, named by its function's name and qualifier
    assertThat(Resources.flatten(mapping.get("FunctionName")))
        .contains("{Ref=" + id(live.feed().alias()) + "}")
        .endsWith(":" + JavaFunction.ALIAS);
    assertThat(mapping)
        .containsEntry("StartingPosition", "LATEST")
        .containsEntry("ParallelizationFactor", 1)
        .containsEntry("BatchSize", 100)
        .containsEntry("MaximumBatchingWindowInSeconds", 0)
        .containsEntry("BisectBatchOnFunctionError", true)
        .containsEntry("FunctionResponseTypes", List.of("ReportBatchItemFailures"))
        .containsEntry("MaximumRetryAttempts", 2)
        .containsEntry("MaximumRecordAgeInSeconds", 120)
        .containsEntry(
            "FilterCriteria",
            Map.of("Filters", List.of(Map.of("Pattern", "{\"eventName\":[\"INSERT\"]}"))));
    assertThat(
            Resources.refersTo(
                Resources.at(mapping, "DestinationConfig", "OnFailure", "Destination"),
                id(live.failedBatches())))
        .isTrue();
  }

  @Test
  void everyFunction_isAJavaHandlerFromTheApiJar_configuredWithWhatItUses() throws IOException {
    Map<JavaFunction, String> handlers =
        Map.of(
            api.handler(), AnalystApi.HANDLER,
            live.connections(), LiveFeed.CONNECTIONS_HANDLER,
            live.feed(), LiveFeed.FEED_HANDLER);
    Path jar = LambdaJars.in(SynthesizedApp.REPO_ROOT).api();
    try (JarFile file = new JarFile(jar.toFile())) {
      handlers.forEach(
          (function, handler) -> {
            String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
            assertThat(file.getEntry(entry)).as(entry + " in " + jar).isNotNull();
            assertThat(function(function))
                .containsEntry("Handler", handler)
                .containsEntry("Runtime", "java21")
                .containsEntry("Architectures", List.of("arm64"))
                .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
          });
    }

    Map<String, Object> apiEnv = environment(api.handler());
    assertThat(apiEnv.keySet())
        .containsExactlyInAnyOrder("CALLS_TABLE", "ANALYTICS_TABLE", "CURSOR_SIGNING_SECRET_ARN");
    assertThat(Resources.refersTo(apiEnv.get("CALLS_TABLE"), id(data.calls()))).isTrue();
    assertThat(Resources.refersTo(apiEnv.get("ANALYTICS_TABLE"), id(data.analytics()))).isTrue();
    assertThat(
            Resources.refersTo(apiEnv.get("CURSOR_SIGNING_SECRET_ARN"), id(api.cursorSigningKey())))
        .isTrue();

    Map<String, Object> connectionsEnv = environment(live.connections());
    assertThat(connectionsEnv.keySet()).containsExactly("CONNECTIONS_TABLE");
    assertThat(Resources.refersTo(connectionsEnv.get("CONNECTIONS_TABLE"), id(connectionsTable())))
        .isTrue();

    Map<String, Object> feedEnv = environment(live.feed());
    assertThat(feedEnv.keySet())
        .containsExactlyInAnyOrder("CONNECTIONS_TABLE", "WEBSOCKET_CALLBACK_URL");
    assertThat(Resources.refersTo(feedEnv.get("CONNECTIONS_TABLE"), id(connectionsTable())))
        .isTrue();
    assertThat(Resources.flatten(feedEnv.get("WEBSOCKET_CALLBACK_URL")))
        .startsWith("https://<<{Ref=" + id(live.api()) + "}>>.execute-api.")
        .endsWith("/" + LiveFeed.STAGE);
  }

  @Test
  void apiHandler_mayOnlyReadTheHistoryAndCountersAndItsCursorKey() {
    assertThat(grants(api.handler()))
        .containsExactlyInAnyOrder(
            "xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on ApiHandlerLogs",
            "dynamodb:Query on " + id(data.calls()) + "/index/byCaller",
            "dynamodb:Query on " + id(data.calls()) + "/index/byDay",
            "dynamodb:BatchGetItem,dynamodb:GetItem,dynamodb:Query on " + id(data.analytics()),
            "kms:Decrypt on " + id(data.key()),
            "secretsmanager:GetSecretValue on " + id(api.cursorSigningKey()));
  }

  @Test
  void liveConnections_mayOnlyRememberAndForgetConnections() {
    assertThat(grants(live.connections()))
        .containsExactlyInAnyOrder(
            "xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on LiveConnectionsLogs",
            "dynamodb:DeleteItem,dynamodb:PutItem on " + id(connectionsTable()),
            "kms:Decrypt,kms:GenerateDataKey on " + id(data.key()));
  }

  @Test
  void liveFeed_mayOnlyReadTheStream_readAndForgetConnections_andPostToThem() {
    assertThat(grants(live.feed()))
        .containsExactlyInAnyOrder(
            // IAM merges the two statements that can only name *
            "dynamodb:ListStreams,xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on LiveFeedLogs",
            "dynamodb:DescribeStream,dynamodb:GetRecords,dynamodb:GetShardIterator on "
                + id(data.calls())
                + " stream",
            "dynamodb:DeleteItem,dynamodb:Scan on " + id(connectionsTable()),
            "kms:Decrypt on " + id(data.key()),
            "execute-api:ManageConnections on " + id(live.api()) + "/live/POST/@connections/*",
            "sqs:GetQueueAttributes,sqs:GetQueueUrl,sqs:SendMessage on "
                + id(live.failedBatches()));
  }

  @Test
  void nothingInTheWebStack_writesTheCallHistoryOrTheCounters() {
    List<String> writes =
        List.of(
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem",
            "kms:GenerateDataKey");
    Stream.of(api.handler(), live.connections(), live.feed())
        .flatMap(f -> Policies.of(web, f.function().getRole()).stream())
        .filter(g -> g.actions().stream().anyMatch(writes::contains))
        .forEach(
            grant ->
                assertThat(Resources.flatten(grant.resource()))
                    .as(grant.toString())
                    .doesNotContain(id(data.calls()), id(data.analytics())));
  }

  @Test
  void cursorSigningKey_isGeneratedNotWritten() {
    Map<String, Object> secret =
        Resources.properties(only("AWS::SecretsManager::Secret", api.cursorSigningKey()));
    assertThat(secret).doesNotContainKey("SecretString");
    assertThat(Resources.map(secret.get("GenerateSecretString")))
        .containsEntry("PasswordLength", 64)
        .containsEntry("ExcludePunctuation", true);
  }

  @Test
  void pages_areInAPrivateEncryptedBucket_thatOnlyThisDistributionReads() {
    Map<String, Object> bucket = Resources.properties(only("AWS::S3::Bucket", site.pages()));
    assertThat(bucket.get("PublicAccessBlockConfiguration"))
        .isEqualTo(Resources.EVERY_PUBLIC_ACCESS_BLOCKED);
    assertThat(Resources.flatten(bucket.get("BucketEncryption"))).contains("AES256");
    List<Map<String, Object>> statements = bucketPolicyStatements(site.pages());
    assertThat(statements)
        .anySatisfy(
            s ->
                assertThat(s)
                    .containsEntry("Effect", "Deny")
                    .containsEntry(
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    assertThat(statements.stream().filter(s -> "Allow".equals(s.get("Effect"))))
        .singleElement()
        .satisfies(
            allow -> {
              assertThat(allow)
                  .containsEntry("Principal", Map.of("Service", "cloudfront.amazonaws.com"))
                  .containsEntry("Action", "s3:GetObject");
              assertThat(
                      Resources.flatten(
                          Resources.at(allow, "Condition", "StringEquals", "AWS:SourceArn")))
                  .contains(":distribution/<<{Ref=" + id(site.distribution()) + "}>>");
            });
  }

  @Test
  void distribution_readsTheBucketWithOriginAccessControl_overHttpsOnly() {
    web.hasResourceProperties(
        "AWS::CloudFront::OriginAccessControl",
        Map.of(
            "OriginAccessControlConfig",
            Match.objectLike(
                Map.of(
                    "OriginAccessControlOriginType", "s3",
                    "SigningBehavior", "always",
                    "SigningProtocol", "sigv4"))));
    Map<String, Object> config = distributionConfig();
    Map<String, Object> page = Resources.map(config.get("DefaultCacheBehavior"));
    assertThat(page.get("ViewerProtocolPolicy")).isEqualTo("redirect-to-https");
    Map<String, Object> s3 = origin((String) page.get("TargetOriginId"));
    assertThat(s3).containsKey("OriginAccessControlId");
    assertThat(Resources.at(s3, "S3OriginConfig", "OriginAccessIdentity")).isEqualTo("");
    assertThat(Resources.refersTo(s3.get("DomainName"), id(site.pages()))).isTrue();
    assertThat(config.get("DefaultRootObject")).isEqualTo("index.html");
  }

  /**
   * CloudFront's guide: standard logs cannot be delivered to buckets in af-south-1, ap-east-1,
   * eu-south-1 and me-south-1 (Amazon Connect runs in af-south-1); there the distribution has none,
   * elsewhere they go to the access-log bucket. CloudFormation decides, so one template serves any
   * region.
   */
  @Test
  void edgeLogs_goToTheLogBucket_exceptWhereCloudFrontCannotDeliverThem() {
    Object logging = distributionConfig().get("Logging");
    for (String region : List.of("eu-west-2", "us-east-1", "ap-southeast-2")) {
      Map<String, Object> delivered = Resources.map(Resources.inRegion(web, logging, region));
      assertThat(Resources.refersTo(delivered.get("Bucket"), id(site.logs()))).as(region).isTrue();
      assertThat(delivered).containsEntry("Prefix", "cloudfront/");
    }
    for (String region : List.of("af-south-1", "ap-east-1", "eu-south-1", "me-south-1")) {
      assertThat(Resources.inRegion(web, logging, region)).as(region).isNull();
    }
  }

  /**
   * CloudFront keeps an origin's error 10 s by default and ignores no-store on 5xx (its guide,
   * "Control how long CloudFront caches errors"): one failed read would be every page's answer for
   * 10 s. Server errors are kept a second at most, and passed on as they are.
   */
  @Test
  void serverErrors_areKeptAtTheEdgeASecondAtMost_andPassedOnUnchanged() {
    List<?> errors = (List<?>) distributionConfig().get("CustomErrorResponses");
    assertThat(errors)
        .extracting(e -> Resources.map(e).get("ErrorCode"))
        .containsExactlyInAnyOrder(500, 502, 503, 504);
    assertThat(errors)
        .allSatisfy(
            e ->
                assertThat(Resources.map(e))
                    .containsEntry("ErrorCachingMinTTL", 1)
                    .doesNotContainKeys("ResponseCode", "ResponsePagePath"));
  }

  @Test
  void everyAnswer_carriesTheSecurityHeaders_withACspThatAllowsOnlyThePageAndItsFeed() {
    String policy = id(site.securityHeaders());
    List<Map<String, Object>> behaviours = new ArrayList<>();
    behaviours.add(Resources.map(distributionConfig().get("DefaultCacheBehavior")));
    ((List<?>) distributionConfig().get("CacheBehaviors"))
        .forEach(b -> behaviours.add(Resources.map(b)));
    assertThat(behaviours)
        .hasSize(4)
        .allSatisfy(
            b -> assertThat(b.get("ResponseHeadersPolicyId")).isEqualTo(Map.of("Ref", policy)));

    Map<String, Object> headers =
        Resources.map(
            Resources.at(
                web.toJSON(),
                "Resources",
                policy,
                "Properties",
                "ResponseHeadersPolicyConfig",
                "SecurityHeadersConfig"));
    String csp =
        Resources.flatten(Resources.at(headers, "ContentSecurityPolicy", "ContentSecurityPolicy"));
    assertThat(csp)
        .contains(
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "connect-src 'self' wss://<<{Ref=" + id(live.api()) + "}>>.execute-api.",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    assertThat(headers.get("StrictTransportSecurity"))
        .isEqualTo(
            Map.of(
                "AccessControlMaxAgeSec", 365 * 24 * 3600,
                "IncludeSubdomains", true,
                "Override", true));
    assertThat(headers.get("ContentTypeOptions")).isEqualTo(Map.of("Override", true));
    assertThat(headers.get("FrameOptions"))
        .isEqualTo(Map.of("FrameOption", "DENY", "Override", true));
    assertThat(headers.get("ReferrerPolicy"))
        .isEqualTo(Map.of("ReferrerPolicy", "no-referrer", "Override", true));
  }

  @Test
  void deploy_copiesThePageAndWritesConfigJson_withTheDistributionAndWebSocketUrls()
      throws IOException {
    Map<String, Object> deployment =
        Resources.properties(
            Resources.ofType(web, "Custom::CDKBucketDeployment").values().iterator().next());
    assertThat(Resources.refersTo(deployment.get("DestinationBucketName"), id(site.pages())))
        .isTrue();
    assertThat(deployment).containsEntry("Prune", true).containsEntry("RetainOnDelete", false);
    assertThat(deployment.get("SystemMetadata"))
        .isEqualTo(Map.of("cache-control", "public, max-age=60"));

    List<?> keys = (List<?>) deployment.get("SourceObjectKeys");
    assertThat(keys).hasSize(2);
    Path pageAsset = asset(keys.get(0));
    try (Stream<Path> files = Files.list(pageAsset)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("index.html")
          .doesNotContain("config.json");
    }
    assertThat(configJson())
        .contains(
            "\"apiBase\":\"https://<<{Fn::GetAtt=["
                + id(site.distribution())
                + ", DomainName]}>>\"")
        .contains("\"webSocketUrl\":\"wss://<<{Ref=" + id(live.api()) + "}>>.execute-api.")
        .contains("/live\"");
  }

  /** The config.json the deploy writes, its references rendered as {@code <<...>>}. */
  private String configJson() throws IOException {
    Map<String, Object> deployment =
        Resources.properties(
            Resources.ofType(web, "Custom::CDKBucketDeployment").values().iterator().next());
    Object configKey = ((List<?>) deployment.get("SourceObjectKeys")).get(1);
    String rendered = Files.readString(asset(configKey).resolve("config.json"));
    Map<String, Object> markers = Resources.map(((List<?>) deployment.get("SourceMarkers")).get(1));
    for (Map.Entry<String, Object> marker : markers.entrySet()) {
      rendered = rendered.replace(marker.getKey(), Resources.flatten(marker.getValue()));
    }
    return rendered;
  }

  @Test
  void theStack_tellsTheDeployerWhereThePageAndTheApisAre() {
    Map<String, Object> outputs = Resources.map(web.toJSON().get("Outputs"));
    assertThat(outputs).containsKeys("PageUrl", "AnalystApiUrl", "LiveFeedUrl");
    assertThat(Resources.flatten(Resources.at(outputs, "PageUrl", "Value")))
        .isEqualTo("https://<<{Fn::GetAtt=[" + id(site.distribution()) + ", DomainName]}>>/");
  }

  @Test
  void operatorIsAlarmed_whenTheApiOrTheFeedFails_onTheServiceStacksTopic() {
    List<String> watched = Alarms.watched(web);
    // errors and p99 duration of each of the three handlers
    assertThat(watched).filteredOn("AWS/Lambda/Errors"::equals).hasSize(3);
    assertThat(watched).filteredOn("AWS/Lambda/Duration"::equals).hasSize(3);
    assertThat(watched)
        .filteredOn(metric -> !metric.matches("AWS/Lambda/(Errors|Duration)"))
        .containsExactlyInAnyOrder(
            "AWS/ApiGateway/5xx",
            "AWS/Lambda/Url5xxCount",
            "AWS/Lambda/IteratorAge",
            "AWS/SQS/ApproximateNumberOfMessagesVisible");
    Alarms.assertEachNotifiesOnly(web, id(app.stacks.service().operations().alarmTopic()));
    web.hasResourceProperties(
        "AWS::CloudWatch::Alarm",
        Match.objectLike(
            Map.of(
                "MetricName", "IteratorAge",
                "Statistic", "Maximum",
                "Threshold", WebOperations.FEED_ITERATOR_AGE_MS)));
  }

  /** Route key to authorization type, for one API. */
  private Map<String, String> routes(IConstruct httpOrWebSocketApi) {
    Map<String, String> routes = new java.util.TreeMap<>();
    ofApi("AWS::ApiGatewayV2::Route", httpOrWebSocketApi)
        .values()
        .forEach(
            r ->
                routes.put(
                    (String) Resources.at(r, "Properties", "RouteKey"),
                    (String) Resources.at(r, "Properties", "AuthorizationType")));
    return routes;
  }

  private Map<String, Map<String, Object>> ofApi(String type, IConstruct apiConstruct) {
    Map<String, Map<String, Object>> found = new java.util.LinkedHashMap<>();
    Resources.ofType(web, type)
        .forEach(
            (id, r) -> {
              if (Resources.refersTo(Resources.at(r, "Properties", "ApiId"), id(apiConstruct))) {
                found.put(id, r);
              }
            });
    return found;
  }

  private Map<String, Object> onlyStageOf(IConstruct apiConstruct) {
    Map<String, Map<String, Object>> stages = ofApi("AWS::ApiGatewayV2::Stage", apiConstruct);
    assertThat(stages).hasSize(1);
    return Resources.properties(stages.values().iterator().next());
  }

  private Map<String, Object> distributionConfig() {
    return Resources.map(
        Resources.at(
            only("AWS::CloudFront::Distribution", site.distribution()),
            "Properties",
            "DistributionConfig"));
  }

  private Map<String, Object> behaviour(String pathPattern) {
    return ((List<?>) distributionConfig().get("CacheBehaviors"))
        .stream()
            .map(Resources::map)
            .filter(b -> pathPattern.equals(b.get("PathPattern")))
            .findFirst()
            .orElseThrow();
  }

  private Map<String, Object> origin(String originId) {
    return ((List<?>) distributionConfig().get("Origins"))
        .stream()
            .map(Resources::map)
            .filter(o -> originId.equals(o.get("Id")))
            .findFirst()
            .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> bucketPolicyStatements(IConstruct bucket) {
    return Resources.ofType(web, "AWS::S3::BucketPolicy").values().stream()
        .filter(p -> Resources.refersTo(Resources.at(p, "Properties", "Bucket"), id(bucket)))
        .flatMap(
            p ->
                ((List<Map<String, Object>>)
                        Resources.at(p, "Properties", "PolicyDocument", "Statement"))
                    .stream())
        .toList();
  }

  /** The folder the synth staged an asset in, from its object key ({@code HASH.zip}). */
  private Path asset(Object objectKey) {
    String hash = objectKey.toString().replace(".zip", "");
    return app.outdir.resolve("asset." + hash);
  }

  private Map<String, Object> function(JavaFunction function) {
    return Resources.properties(
        only(
            "AWS::Lambda::Function",
            (CfnFunction) function.function().getNode().getDefaultChild()));
  }

  private Map<String, Object> environment(JavaFunction function) {
    return Resources.map(Resources.at(function(function), "Environment", "Variables"));
  }

  private Map<String, Object> only(String type, IConstruct construct) {
    Map<String, Object> resource = Resources.ofType(web, type).get(id(construct));
    assertThat(resource).as(type + " " + id(construct)).isNotNull();
    return resource;
  }

  private IConstruct connectionsTable() {
    return data.liveConnections();
  }

  /** A function's grants as "actions on target", the target named by the logical id. */
  private List<String> grants(JavaFunction function) {
    return Policies.of(web, function.function().getRole()).stream()
        .map(g -> String.join(",", g.actions()) + " on " + target(g.resource()))
        .toList();
  }

  private String target(Object resource) {
    if ("*".equals(resource)) {
      return "*";
    }
    String flat = Resources.flatten(resource);
    for (IConstruct candidate :
        List.of(
            data.calls(),
            data.analytics(),
            data.liveConnections(),
            data.key(),
            api.cursorSigningKey(),
            live.api(),
            live.failedBatches())) {
      String candidateId = id(candidate);
      if (Resources.refersTo(resource, candidateId)) {
        return candidateId + (flat.contains("StreamArn") ? " stream" : "");
      }
      // an ARN built on it: the table's index, the API's stage path
      for (String reference :
          List.of("<<{Ref=" + candidateId + "}>>", "ExportsOutputFnGetAtt" + candidateId)) {
        if (flat.contains(reference)) {
          return candidateId + flat.substring(flat.lastIndexOf(">>") + 2);
        }
      }
    }
    for (String logGroup : List.of("ApiHandlerLogs", "LiveConnectionsLogs", "LiveFeedLogs")) {
      if (flat.contains(logGroup)) {
        return logGroup;
      }
    }
    return flat;
  }

  private static String id(IConstruct construct) {
    return Resources.logicalId(construct);
  }
}
