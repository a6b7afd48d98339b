package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.constructs.IConstruct;

class ServiceStackTest {
  private static final String XRAY = "xray:PutTraceSegments";
  private static final Path ASL_FILE =
      SynthesizedApp.REPO_ROOT.resolve("state-machines/call-pipeline.asl.json");

  private final SynthesizedApp app = SynthesizedApp.get();
  private final Template service = app.service;
  private final CallData data = app.stacks.data().data();
  private final CallLake lake = app.stacks.data().lake();
  private final ServiceStack stack = app.stacks.service();

  @Test
  void everyFunction_isJava21OnArm64WithSnapStartTracingAndJsonLogs() {
    Map<String, Map<String, Object>> functions = Resources.ofType(service, "AWS::Lambda::Function");
    assertThat(functions).hasSize(3);
    service.allResourcesProperties(
        "AWS::Lambda::Function",
        Match.objectLike(
            Map.of(
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "TracingConfig", Map.of("Mode", "Active"),
                "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")))));
    service.allResourcesProperties(
        "AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 30)));
  }

  @Test
  void callers_invokeTheLiveAlias_whichPointsAtAPublishedVersion() {
    for (JavaFunction function :
        List.of(stack.vanityLookup(), stack.deepScore(), stack.persistAndCount())) {
      String functionId = Resources.logicalId(function.function());
      Map<String, Object> alias = Resources.properties(only("AWS::Lambda::Alias", functionId));
      assertThat(alias.get("Name")).isEqualTo("live");
      Object version = alias.get("FunctionVersion");
      String versionId = (String) ((List<?>) Resources.at(version, "Fn::GetAtt")).get(0);
      assertThat(Resources.at(service.toJSON(), "Resources", versionId, "Type"))
          .isEqualTo("AWS::Lambda::Version");
    }
  }

  @Test
  void functions_haveExplicitMemoryAndTimeouts_withinConnectsThreeSeconds() {
    assertThat(function(stack.vanityLookup()))
        .containsEntry("MemorySize", 1024)
        .containsEntry("Timeout", 3);
    assertThat(function(stack.deepScore()))
        .containsEntry("MemorySize", 1024)
        .containsEntry("Timeout", 5);
    assertThat(function(stack.persistAndCount()))
        .containsEntry("MemorySize", 1024)
        .containsEntry("Timeout", 50);
  }

  @Test
  void eachLambdaTask_timesOutAfterItsFunction_andRetriesWhatAFunctionTimeoutArrivesAs()
      throws IOException {
    JsonNode states = new ObjectMapper().readTree(RepositoryFile.read(ASL_FILE)).path("States");
    Map<JavaFunction, JsonNode> tasks =
        Map.of(
            stack.deepScore(),
            states.path("ProcessRecords").path("ItemProcessor").path("States").path("DeepScore"),
            stack.persistAndCount(),
            states.path("PersistAndCount"));
    tasks.forEach(
        (function, task) -> {
          int stateTimeout = task.path("TimeoutSeconds").asInt();
          assertThat(stateTimeout).isPositive();
          assertThat((Integer) function(function).get("Timeout")).isLessThan(stateTimeout);
          // "Unhandled errors in Lambda are reported as Lambda.Unknown ... These include
          // out-of-memory errors and function timeouts" (Step Functions best practices)
          assertThat(task.path("Retry").get(0).path("ErrorEquals").toString())
              .contains("\"Lambda.Unknown\"");
        });
  }

  @Test
  void eachHandlerClass_isInsideTheJarThatIsDeployed() throws IOException {
    LambdaJars jars = LambdaJars.in(SynthesizedApp.REPO_ROOT);
    assertHandlerIn(jars.connect(), ServiceStack.CONNECT_HANDLER);
    assertHandlerIn(jars.pipeline(), ServiceStack.DEEP_SCORE_HANDLER);
    assertHandlerIn(jars.pipeline(), ServiceStack.PERSIST_AND_COUNT_HANDLER);
    assertThat(function(stack.vanityLookup()))
        .containsEntry("Handler", ServiceStack.CONNECT_HANDLER);
    assertThat(function(stack.deepScore()))
        .containsEntry("Handler", ServiceStack.DEEP_SCORE_HANDLER);
    assertThat(function(stack.persistAndCount()))
        .containsEntry("Handler", ServiceStack.PERSIST_AND_COUNT_HANDLER);
  }

  @Test
  void vanityLookup_isConfiguredWithTheStreamAndTablesItUses() {
    Map<String, Object> variables =
        Resources.map(Resources.at(function(stack.vanityLookup()), "Environment", "Variables"));
    assertThat(variables.keySet())
        .containsExactlyInAnyOrder(
            "JAVA_TOOL_OPTIONS",
            "CALL_EVENTS_STREAM",
            "VANITY_CACHE_TABLE",
            "DEAD_LETTERS_TABLE",
            "CACHE_TIMEOUT_MS",
            "PUBLISH_TIMEOUT_MS",
            "CALLER_TTL_DAYS");
    assertThat(variables.get("JAVA_TOOL_OPTIONS")).asString().contains("TieredStopAtLevel=1");
    assertThat(Resources.refersTo(variables.get("CALL_EVENTS_STREAM"), id(data.callEvents())))
        .isTrue();
    assertThat(Resources.refersTo(variables.get("VANITY_CACHE_TABLE"), id(data.vanityCache())))
        .isTrue();
    assertThat(Resources.refersTo(variables.get("DEAD_LETTERS_TABLE"), id(data.deadLetters())))
        .isTrue();
  }

  @Test
  void persistAndCount_isConfiguredWithTheTablesItWrites_andTheLake() {
    Map<String, Object> variables =
        Resources.map(Resources.at(function(stack.persistAndCount()), "Environment", "Variables"));
    assertThat(variables.keySet())
        .containsExactlyInAnyOrder(
            "CALLS_TABLE",
            "ANALYTICS_TABLE",
            "DEAD_LETTERS_TABLE",
            "CALLER_TTL_DAYS",
            "LAKE_DELIVERY_STREAM",
            "PSEUDONYM_KEY_SECRET");
    assertThat(Resources.flatten(variables.get("LAKE_DELIVERY_STREAM")))
        .contains("Ref" + Resources.logicalId(lake.deliveryStream()));
    assertThat(Resources.flatten(variables.get("PSEUDONYM_KEY_SECRET")))
        .contains("Ref" + Resources.logicalId(lake.pseudonymKey()));
    assertThat(Resources.refersTo(variables.get("CALLS_TABLE"), id(data.calls()))).isTrue();
    assertThat(Resources.refersTo(variables.get("ANALYTICS_TABLE"), id(data.analytics()))).isTrue();
    assertThat(Resources.refersTo(variables.get("DEAD_LETTERS_TABLE"), id(data.deadLetters())))
        .isTrue();
    assertThat(variables).containsEntry("CALLER_TTL_DAYS", ServiceStack.CALLER_TTL_DAYS);
  }

  @Test
  void persistAndCount_mayOnlyWriteCallsCountersDeadLettersAndTheLake() {
    List<String> grants =
        describe(Policies.of(service, stack.persistAndCount().function().getRole()));
    assertThat(grants)
        .hasSize(8)
        .contains(
            "xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on PersistAndCountLogs",
            "dynamodb:PutItem on " + id(data.calls()),
            "dynamodb:UpdateItem on " + id(data.analytics()),
            "dynamodb:PutItem on " + id(data.deadLetters()),
            "kms:Decrypt,kms:GenerateDataKey on " + id(data.key()));
    assertThat(grants)
        .anySatisfy(
            grant ->
                assertThat(grant)
                    .startsWith("firehose:PutRecordBatch on ")
                    .contains("GetAtt" + Resources.logicalId(lake.deliveryStream()) + "Arn"))
        .anySatisfy(
            grant ->
                assertThat(grant)
                    .startsWith("secretsmanager:GetSecretValue on ")
                    .contains("Ref" + Resources.logicalId(lake.pseudonymKey())));
  }

  @Test
  void vanityLookup_mayOnlyReadTheCacheWriteTheStreamAndDeadLetter() {
    assertThat(describe(Policies.of(service, stack.vanityLookup().function().getRole())))
        .containsExactlyInAnyOrder(
            "xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on VanityLookupLogs",
            "dynamodb:GetItem on " + id(data.vanityCache()),
            "kinesis:PutRecord on " + id(data.callEvents()),
            "dynamodb:PutItem on " + id(data.deadLetters()),
            "kms:Decrypt,kms:GenerateDataKey on " + id(data.key()));
  }

  @Test
  void deepScore_mayOnlyLogAndTrace() {
    assertThat(describe(Policies.of(service, stack.deepScore().function().getRole())))
        .containsExactlyInAnyOrder(
            "xray:PutTelemetryRecords,xray:PutTraceSegments on *",
            "logs:CreateLogStream,logs:PutLogEvents on DeepScoreLogs");
  }

  @Test
  void stateMachine_isExpress_tracedAndLogsEventsWithoutCallerData() {
    service.hasResourceProperties(
        "AWS::StepFunctions::StateMachine",
        Match.objectLike(
            Map.of(
                "StateMachineType", "EXPRESS",
                "TracingConfiguration", Map.of("Enabled", true),
                "LoggingConfiguration",
                    Match.objectLike(Map.of("Level", "ALL", "IncludeExecutionData", false)))));
  }

  /**
   * The Step Functions guide ("Avoiding CloudWatch Logs resource policy size restrictions"): a log
   * group outside /aws/vendedlogs/ is added to the account's 5,120-character CloudWatch Logs
   * resource policy, which a busy account fills.
   */
  @Test
  void stateMachine_logsToAGroupUnderAwsVendedLogs_withAGeneratedName() {
    Object destination =
        Resources.at(
            only("AWS::StepFunctions::StateMachine", ""),
            "Properties",
            "LoggingConfiguration",
            "Destinations",
            0,
            "CloudWatchLogsLogGroup",
            "LogGroupArn");
    String logGroup = (String) ((List<?>) Resources.map(destination).get("Fn::GetAtt")).get(0);
    String name =
        (String)
            Resources.at(service.toJSON(), "Resources", logGroup, "Properties", "LogGroupName");
    assertThat(name).matches("/aws/vendedlogs/states/VanityCallService.*CallPipeline.*");
  }

  @Test
  void stateMachineDefinition_isTheAslFile_withEveryPlaceholderSubstituted() {
    Path file = ASL_FILE;
    Map<String, Object> machine =
        Resources.properties(only("AWS::StepFunctions::StateMachine", ""));
    assertThat(machine.get("DefinitionString")).isEqualTo(RepositoryFile.read(file));

    Map<String, Object> substitutions = Resources.map(machine.get("DefinitionSubstitutions"));
    assertThat(substitutions.keySet())
        .containsExactlyInAnyOrderElementsOf(AslDefinition.load(file).placeholders());
    assertThat(Resources.refersTo(substitutions.get("VanityCacheTable"), id(data.vanityCache())))
        .isTrue();
    assertThat(Resources.refersTo(substitutions.get("DeadLettersTable"), id(data.deadLetters())))
        .isTrue();
    assertThat(
            Resources.refersTo(
                substitutions.get("DeepScoreFunctionArn"), id(stack.deepScore().alias())))
        .isTrue();
    assertThat(
            Resources.refersTo(
                substitutions.get("PersistAndCountFunctionArn"),
                id(stack.persistAndCount().alias())))
        .isTrue();
  }

  @Test
  void stateMachineRole_allowsWhatTheAslTasksCall_onlyOnTheirTablesAndFunctions() {
    List<Policies.Grant> grants =
        Policies.of(service, stack.pipeline().stateMachine().getRole()).stream()
            .filter(g -> !"*".equals(g.resource()))
            .toList();
    Set<String> tablesAndFunctions =
        Set.of(
            id(data.vanityCache()),
            id(data.deadLetters()),
            id(stack.deepScore().alias()),
            id(stack.persistAndCount().alias()),
            id(data.key()));
    assertThat(grants)
        .allSatisfy(
            grant ->
                assertThat(tablesAndFunctions)
                    .anyMatch(target -> Resources.refersTo(grant.resource(), target)));
    Set<String> actions = new TreeSet<>();
    grants.forEach(g -> actions.addAll(g.actions()));
    Set<String> expected = new TreeSet<>(List.of("kms:Decrypt", "kms:GenerateDataKey"));
    AslDefinition.load(ASL_FILE).actionsByPlaceholder().values().forEach(expected::addAll);
    assertThat(actions).isEqualTo(expected);
    assertThat(actions).contains("lambda:InvokeFunction");
  }

  @Test
  void stateMachineRole_invokesBothLiveAliases_andHasNoPermissionOnCallsOrCounters() {
    List<String> granted =
        describe(Policies.of(service, stack.pipeline().stateMachine().getRole())).stream()
            .filter(g -> !g.endsWith(" on *"))
            .toList();
    assertThat(granted)
        .containsExactlyInAnyOrder(
            "lambda:InvokeFunction on " + id(stack.deepScore().alias()),
            "lambda:InvokeFunction on " + id(stack.persistAndCount().alias()),
            "dynamodb:PutItem on " + id(data.vanityCache()),
            "dynamodb:PutItem on " + id(data.deadLetters()),
            "kms:Decrypt,kms:GenerateDataKey on " + id(data.key()));
    assertThat(granted)
        .noneMatch(g -> g.endsWith(id(data.calls())) || g.endsWith(id(data.analytics())));
  }

  @Test
  void pipe_runsTheStateMachineSynchronously_andRetriesABoundedNumberOfTimesThenDeadLetters() {
    Map<String, Object> pipe = Resources.properties(only("AWS::Pipes::Pipe", ""));
    assertThat(Resources.refersTo(pipe.get("Source"), id(data.callEvents()))).isTrue();
    assertThat(Resources.refersTo(pipe.get("Target"), id(stack.pipeline().stateMachine())))
        .isTrue();
    assertThat(Resources.at(pipe, "TargetParameters", "StepFunctionStateMachineParameters"))
        .isEqualTo(Map.of("InvocationType", "REQUEST_RESPONSE"));
    Map<String, Object> kinesis =
        Resources.map(Resources.at(pipe, "SourceParameters", "KinesisStreamParameters"));
    assertThat(kinesis)
        .containsEntry("StartingPosition", "TRIM_HORIZON")
        .containsEntry("BatchSize", 100)
        .containsEntry("MaximumBatchingWindowInSeconds", 1)
        .containsEntry("MaximumRetryAttempts", 10)
        .containsEntry("MaximumRecordAgeInSeconds", 21_600)
        // the execution reports failed records by eventID, and only those are retried (ADR 0401)
        .doesNotContainKey("OnPartialBatchItemFailure");
    assertThat(
            Resources.refersTo(
                Resources.at(kinesis, "DeadLetterConfig", "Arn"), id(data.pipeDeadLetters())))
        .isTrue();
  }

  /** What docs/deploy.md tells an operator about the pipe's retries is what is deployed. */
  @Test
  void deployGuide_describesThePipesRetries_asTheyAreDeployed() {
    Map<String, Object> kinesis =
        Resources.map(
            Resources.at(
                only("AWS::Pipes::Pipe", ""),
                "Properties",
                "SourceParameters",
                "KinesisStreamParameters"));
    String row =
        RepositoryFile.read(SynthesizedApp.REPO_ROOT.resolve("docs/deploy.md"))
            .lines()
            .filter(line -> line.startsWith("| `PipeFailures`"))
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .contains(kinesis.get("MaximumRetryAttempts") + " attempts")
        .contains((int) kinesis.get("MaximumRecordAgeInSeconds") / 3600 + " h max age");
    boolean bisects = kinesis.containsKey("OnPartialBatchItemFailure");
    assertThat(row.contains("no bisecting")).as(row).isEqualTo(!bisects);
    assertThat(row.replace("no bisecting", "")).doesNotContainIgnoringCase("bisect");
  }

  @Test
  void pipeRole_mayReadTheStream_runTheStateMachine_andDeadLetterOnly() {
    List<String> granted = describe(Policies.of(service, pipeRole()));
    assertThat(granted)
        .containsExactlyInAnyOrder(
            "kinesis:DescribeStream,kinesis:DescribeStreamSummary,kinesis:GetRecords,"
                + "kinesis:GetShardIterator,kinesis:ListShards on "
                + id(data.callEvents()),
            "kinesis:ListStreams on *",
            "states:StartSyncExecution on " + id(stack.pipeline().stateMachine()),
            "sqs:SendMessage on " + id(data.pipeDeadLetters()),
            "kms:Decrypt,kms:GenerateDataKey on " + id(data.key()),
            "logs:CreateLogStream,logs:PutLogEvents on PipeLogs");
  }

  private software.amazon.awscdk.services.iam.IRole pipeRole() {
    return (software.amazon.awscdk.services.iam.IRole)
        stack.pipeline().getNode().findChild("PipeRole");
  }

  /** Grants as "actions on target", the target named by the logical id it refers to. */
  private List<String> describe(List<Policies.Grant> grants) {
    return grants.stream()
        .map(g -> String.join(",", g.actions()) + " on " + target(g.resource()))
        .toList();
  }

  private String target(Object resource) {
    if ("*".equals(resource)) {
      return "*";
    }
    List<IConstruct> candidates =
        List.of(
            data.vanityCache(),
            data.calls(),
            data.analytics(),
            data.deadLetters(),
            data.callEvents(),
            data.key(),
            data.pipeDeadLetters(),
            stack.pipeline().stateMachine(),
            stack.deepScore().alias(),
            stack.persistAndCount().alias());
    for (IConstruct candidate : candidates) {
      if (Resources.refersTo(resource, id(candidate))) {
        return id(candidate);
      }
    }
    for (String logGroup :
        List.of("VanityLookupLogs", "DeepScoreLogs", "PersistAndCountLogs", "PipeLogs")) {
      if (resource.toString().contains(logGroup)) {
        return logGroup;
      }
    }
    return resource.toString();
  }

  private Map<String, Object> function(JavaFunction function) {
    return Resources.properties(
        only(
            "AWS::Lambda::Function",
            Resources.logicalId((CfnFunction) function.function().getNode().getDefaultChild())));
  }

  /** The one resource of the type whose logical id contains the text, or refers to that id. */
  private Map<String, Object> only(String type, String text) {
    List<Map<String, Object>> matching =
        Resources.ofType(service, type).entrySet().stream()
            .filter(
                e ->
                    e.getKey().equals(text)
                        || Resources.refersTo(
                            Resources.at(e.getValue(), "Properties", "FunctionName"), text)
                        || text.isEmpty())
            .map(Map.Entry::getValue)
            .toList();
    assertThat(matching).as(type + " " + text).hasSize(1);
    return matching.get(0);
  }

  private static String id(IConstruct construct) {
    return Resources.logicalId(construct);
  }

  private static void assertHandlerIn(Path jar, String handler) throws IOException {
    String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry(entry)).as(entry + " in " + jar).isNotNull();
    }
  }
}
