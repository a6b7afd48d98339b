package com.vanitycall.infra;

import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.connect.ConnectConfig;
import com.vanitycall.core.config.Environment;
import com.vanitycall.pipeline.persist.PersistAndCountConfig;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The stateless half: the three handlers, the call pipeline and what an operator watches. It can be
 * destroyed and redeployed at will; the data lives in {@link DataStack}.
 */
public final class ServiceStack extends Stack {
  public static final String CONNECT_HANDLER =
      "com.vanitycall.connect.ConnectHandler::handleRequest";
  public static final String DEEP_SCORE_HANDLER =
      "com.vanitycall.pipeline.deepscore.DeepScoreHandler::handleRequest";
  public static final String PERSIST_AND_COUNT_HANDLER =
      "com.vanitycall.pipeline.persist.PersistAndCountHandler::handleRequest";

  /** How long anything holding a caller's number is kept (docs/configuration.md). */
  public static final String CALLER_TTL_DAYS = "90";

  private final JavaFunction vanityLookup;
  private final JavaFunction deepScore;
  private final JavaFunction persistAndCount;
  private final CallPipeline pipeline;
  private final Operations operations;

  public ServiceStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentSettings settings,
      CallData data,
      CallLake lake) {
    super(scope, id, props);
    LambdaJars jars = LambdaJars.in(settings.repoRoot());

    vanityLookup =
        new JavaFunction(
            this,
            "VanityLookup",
            JavaFunction.Props.builder()
                .description("Amazon Connect: three vanity numbers for the caller, in milliseconds")
                .jar(jars.connect())
                .handler(CONNECT_HANDLER)
                .memoryMb(1024)
                // the contact flow waits 3 s for the answer; later is as good as never
                .timeout(Duration.seconds(3))
                .environment(
                    Map.of(
                        // C1 only: a short-lived call path starts answering sooner than C2 pays
                        // back
                        "JAVA_TOOL_OPTIONS",
                        "-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                        SharedVariables.CALL_EVENTS_STREAM,
                        data.callEvents().getStreamName(),
                        SharedVariables.VANITY_CACHE_TABLE,
                        data.vanityCache().getTableName(),
                        SharedVariables.DEAD_LETTERS_TABLE,
                        data.deadLetters().getTableName(),
                        ConnectConfig.CACHE_TIMEOUT_MS,
                        "150",
                        ConnectConfig.PUBLISH_TIMEOUT_MS,
                        "300",
                        Environment.CALLER_TTL_DAYS,
                        CALLER_TTL_DAYS))
                .build());
    Permissions.allow(
        vanityLookup.function(), data.vanityCache().getTableArn(), "dynamodb:GetItem");
    Permissions.allow(
        vanityLookup.function(), data.callEvents().getStreamArn(), "kinesis:PutRecord");
    Permissions.allow(
        vanityLookup.function(), data.deadLetters().getTableArn(), "dynamodb:PutItem");
    Permissions.encryptWith(vanityLookup.function(), data.key());

    deepScore =
        new JavaFunction(
            this,
            "DeepScore",
            JavaFunction.Props.builder()
                .description("Call pipeline: the best five vanity numbers from the full dictionary")
                .jar(jars.pipeline())
                .handler(DEEP_SCORE_HANDLER)
                .memoryMb(1024)
                // scoring takes microseconds; below the state's TimeoutSeconds (10), so a hung
                // invocation reaches the state as Lambda.Unknown, which its Retry names
                .timeout(Duration.seconds(5))
                .environment(Map.of(Environment.CALLER_TTL_DAYS, CALLER_TTL_DAYS))
                .build());

    persistAndCount =
        new JavaFunction(
            this,
            "PersistAndCount",
            JavaFunction.Props.builder()
                .description("Call pipeline: a batch's calls recorded and counted, exactly once")
                .jar(jars.pipeline())
                .handler(PERSIST_AND_COUNT_HANDLER)
                .memoryMb(1024)
                // below the state's TimeoutSeconds (60): a timeout reaches the state as
                // Lambda.Unknown, which its Retry names
                .timeout(Duration.seconds(50))
                .environment(
                    Map.of(
                        SharedVariables.CALLS_TABLE,
                        data.calls().getTableName(),
                        SharedVariables.ANALYTICS_TABLE,
                        data.analytics().getTableName(),
                        SharedVariables.DEAD_LETTERS_TABLE,
                        data.deadLetters().getTableName(),
                        Environment.CALLER_TTL_DAYS,
                        CALLER_TTL_DAYS,
                        PersistAndCountConfig.LAKE_DELIVERY_STREAM,
                        lake.deliveryStream().getRef(),
                        PersistAndCountConfig.PSEUDONYM_KEY_SECRET,
                        lake.pseudonymKey().getSecretArn()))
                .build());
    // TransactWriteItems has no IAM action of its own: each item is authorized as the single-item
    // call it stands for — the call record's conditional Put as PutItem, the counters' ADD as
    // UpdateItem (ConditionCheckItem would be needed only for a ConditionCheck item; there is none)
    Permissions.allow(persistAndCount.function(), data.calls().getTableArn(), "dynamodb:PutItem");
    Permissions.allow(
        persistAndCount.function(), data.analytics().getTableArn(), "dynamodb:UpdateItem");
    Permissions.allow(
        persistAndCount.function(), data.deadLetters().getTableArn(), "dynamodb:PutItem");
    Permissions.encryptWith(persistAndCount.function(), data.key());
    // the history lake: only this function writes to it, and reads the pseudonyms' key
    Permissions.allow(
        persistAndCount.function(), lake.deliveryStream().getAttrArn(), "firehose:PutRecordBatch");
    Permissions.allow(
        persistAndCount.function(),
        lake.pseudonymKey().getSecretArn(),
        "secretsmanager:GetSecretValue");

    pipeline =
        new CallPipeline(
            this,
            "CallPipeline",
            CallPipeline.Props.builder()
                .definition(
                    AslDefinition.load(
                        settings.repoRoot().resolve("state-machines/call-pipeline.asl.json")))
                .stream(data.callEvents())
                .table("VanityCacheTable", data.vanityCache())
                .table("DeadLettersTable", data.deadLetters())
                .function("DeepScoreFunctionArn", deepScore.alias())
                .function("PersistAndCountFunctionArn", persistAndCount.alias())
                .deadLetterQueue(data.pipeDeadLetters())
                .dataKey(data.key())
                .build());

    operations =
        new Operations(
            this,
            "Operations",
            Operations.Props.builder()
                .handler("VanityLookup", vanityLookup.alias(), 1000)
                .handler("DeepScore", deepScore.alias(), 5000)
                // up to 100 calls in one or two transactions: well under its 50 s timeout
                .handler("PersistAndCount", persistAndCount.alias(), 20_000)
                .stream(data.callEvents())
                .pipeName(pipeline.pipe().getRef())
                .stateMachine(pipeline.stateMachine())
                .pipeDeadLetters(data.pipeDeadLetters())
                .deadLetters(data.deadLetters())
                .alarmEmail(settings.alarmEmail())
                .build());
  }

  public JavaFunction vanityLookup() {
    return vanityLookup;
  }

  public JavaFunction deepScore() {
    return deepScore;
  }

  public JavaFunction persistAndCount() {
    return persistAndCount;
  }

  public CallPipeline pipeline() {
    return pipeline;
  }

  public Operations operations() {
    return operations;
  }
}
