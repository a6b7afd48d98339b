package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.core.history.CallHistory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The API over the call history ({@link ApiRoutes}): on AWS the signed {@code /api/calls} and
 * {@code /api/stats} through API Gateway's HTTP API, the page's {@code /api/recent} and {@code
 * /api/today} through a function URL only CloudFront may call; both send the same event (payload
 * 2.0). Everything is built once per process.
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  /** A reader waits on every request: a query is answered in milliseconds or not at all. */
  private static final CallBudget READS = CallBudget.whileCallerWaits(Duration.ofSeconds(3));

  private final ApiRoutes routes;

  /** What Lambda calls: configured from the environment. */
  public ApiHandler() {
    this(ApiConfig.fromEnvironment(System.getenv()));
  }

  public ApiHandler(ApiConfig config) {
    this(composed(config), Clock.systemUTC());
  }

  private ApiHandler(Composed composed, Clock clock) {
    this(composed.history(), composed.cursorKey(), clock);
  }

  /** For tests and the local server: a history read elsewhere. */
  public ApiHandler(CallHistory history, byte[] cursorKey, Clock clock) {
    this.routes = new ApiRoutes(history, new PageCursors(cursorKey), clock);
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return routes.answer(event);
  }

  /**
   * The API's answer to a request whose query could not be decoded before it reached the handler (a
   * query string that is not percent-encoded UTF-8): 400 with what to fix, as every refusal.
   */
  public static APIGatewayV2HTTPResponse badRequest(String message) {
    return ApiRoutes.error(400, message);
  }

  private record Composed(CallHistory history, byte[] cursorKey) {}

  private static Composed composed(ApiConfig config) {
    AwsClients clients =
        new AwsClients(config.region(), config.dynamoDbEndpoint(), Optional.empty());
    CallHistory history =
        new DynamoDbCallHistory(
            clients.dynamoDb(READS), config.callsTable(), config.analyticsTable());
    String key =
        config
            .cursorSigningKey()
            .orElseGet(() -> secret(clients, config.cursorSigningSecretArn().orElseThrow()));
    return new Composed(history, key.getBytes(StandardCharsets.UTF_8));
  }

  private static String secret(AwsClients clients, String arn) {
    SecretsManagerClient secrets =
        clients.client(SecretsManagerClient.builder(), Optional.empty(), CallBudget.inBackground());
    return secrets.getSecretValue(b -> b.secretId(arn)).secretString();
  }
}
