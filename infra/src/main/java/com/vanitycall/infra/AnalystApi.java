package com.vanitycall.infra;

import com.vanitycall.api.ApiConfig;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.aws.schema.TableDesign;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The HTTP API over {@code ApiHandler} (API Gateway v2, payload format 2.0): the analysts' {@code
 * GET /api/calls} and {@code GET /api/stats}, signed with SigV4 (IAM authorization). Throttled at
 * the stage; access logs without query strings (a history query names a caller's number). The
 * page's public {@code GET /api/recent} and {@code GET /api/today} are the same handler's, but not
 * routes of this API: {@link WebSite} serves them from the handler's function URL, which only its
 * distribution may call. The handler reads the call history and the counters and the key that signs
 * its cursors, and writes nothing.
 */
public final class AnalystApi extends Construct {
  public static final String HANDLER = "com.vanitycall.api.ApiHandler::handleRequest";

  /** The page's public routes: the handler's, served by {@link WebSite} from its function URL. */
  public static final String RECENT = "/api/recent";

  public static final String TODAY = "/api/today";

  /** The analysts' routes, this API's. */
  public static final List<String> SIGNED = List.of("/api/calls", "/api/stats");

  /** Requests per second the stage lets through, and the burst above it (then 429). */
  public static final int RATE_LIMIT = 50;

  public static final int BURST_LIMIT = 100;

  private final JavaFunction handler;
  private final HttpApi api;
  private final HttpStage stage;
  private final Secret cursorSigningKey;

  public AnalystApi(Construct scope, String id, ApiFunctionsProps props) {
    super(scope, id);
    cursorSigningKey =
        Secret.Builder.create(this, "CursorSigningKey")
            .description("vanitycall: the HMAC key that makes /api/calls cursors tamper-evident")
            .generateSecretString(
                SecretStringGenerator.builder()
                    .passwordLength(64)
                    .excludePunctuation(true)
                    .includeSpace(false)
                    .build())
            // a new key only invalidates the cursors of pages an analyst is paging through
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    handler =
        new JavaFunction(
            this,
            "ApiHandler",
            JavaFunction.Props.builder()
                .description("Analyst and web API: call history, aggregates, the last callers")
                .jar(props.jar())
                .handler(HANDLER)
                .memoryMb(1024)
                .timeout(Duration.seconds(10))
                .environment(
                    Map.of(
                        SharedVariables.CALLS_TABLE,
                        props.data().calls().getTableName(),
                        SharedVariables.ANALYTICS_TABLE,
                        props.data().analytics().getTableName(),
                        ApiConfig.CURSOR_SIGNING_SECRET_ARN,
                        cursorSigningKey.getSecretArn()))
                .build());
    // reads only, each bounded by what was asked (no Scan): the calls through their two indexes,
    // a day's totals by GetItem (a range of days by BatchGetItem), a day's areas or words by Query
    for (TableDesign.Index index : CallsTable.DESIGN.indexes()) {
      Permissions.allow(
          handler.function(),
          props.data().calls().getTableArn() + "/index/" + index.name(),
          "dynamodb:Query");
    }
    Permissions.allow(
        handler.function(),
        props.data().analytics().getTableArn(),
        "dynamodb:GetItem",
        "dynamodb:BatchGetItem",
        "dynamodb:Query");
    Permissions.decryptWith(handler.function(), props.data().key());
    Permissions.allow(
        handler.function(), cursorSigningKey.getSecretArn(), "secretsmanager:GetSecretValue");

    api =
        HttpApi.Builder.create(this, "Api")
            .description("vanitycall: call history and aggregates, signed (IAM)")
            .createDefaultStage(false)
            .build();
    LogGroup accessLogs =
        LogGroup.Builder.create(this, "AccessLogs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    stage =
        HttpStage.Builder.create(this, "Stage")
            .httpApi(api)
            .stageName("$default")
            .autoDeploy(true)
            .throttle(
                ThrottleSettings.builder().rateLimit(RATE_LIMIT).burstLimit(BURST_LIMIT).build())
            .accessLogSettings(accessLogs(accessLogs))
            .build();

    HttpLambdaIntegration integration = new HttpLambdaIntegration("ApiHandler", handler.alias());
    SIGNED.forEach(
        path ->
            api.addRoutes(
                AddRoutesOptions.builder()
                    .path(path)
                    // every method reaches the handler, which answers 405 with Allow: GET, HEAD
                    // to the others, as the local server does (an unsigned call is still refused
                    // by API Gateway first)
                    .methods(List.of(HttpMethod.ANY))
                    .integration(integration)
                    .authorizer(new HttpIamAuthorizer())
                    .build()));
    NagSuppressions.addResourceSuppressions(
        cursorSigningKey,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SMG4")
                .reason(
                    "signs pagination cursors only (no access is granted by it); the handler reads"
                        + " it once at start, so a rotation would need a redeploy and would only"
                        + " invalidate cursors in flight")
                .build()));
  }

  /** One JSON line per request; the route, never the path with its query string. */
  private static IAccessLogSettings accessLogs(LogGroup logGroup) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("requestId", "$context.requestId");
    fields.put("requestTime", "$context.requestTime");
    fields.put("ip", "$context.identity.sourceIp");
    fields.put("caller", "$context.identity.userArn");
    fields.put("routeKey", "$context.routeKey");
    fields.put("status", "$context.status");
    fields.put("protocol", "$context.protocol");
    fields.put("responseLength", "$context.responseLength");
    fields.put("responseLatency", "$context.responseLatency");
    fields.put("integrationLatency", "$context.integrationLatency");
    fields.put("integrationError", "$context.integrationErrorMessage");
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":\"")
                .append(value)
                .append('"'));
    String format = json.append('}').toString();
    LogGroupLogDestination destination = new LogGroupLogDestination(logGroup);
    return new IAccessLogSettings() {
      @Override
      public IAccessLogDestination getDestination() {
        return destination;
      }

      @Override
      public AccessLogFormat getFormat() {
        return AccessLogFormat.custom(format);
      }
    };
  }

  public JavaFunction handler() {
    return handler;
  }

  public HttpApi api() {
    return api;
  }

  public HttpStage stage() {
    return stage;
  }

  public Secret cursorSigningKey() {
    return cursorSigningKey;
  }
}
