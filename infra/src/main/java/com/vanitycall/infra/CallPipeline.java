package com.vanitycall.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awscdk.Names;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.UniqueResourceNameOptions;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.pipes.CfnPipe;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The asynchronous half: an EventBridge Pipe reads the call-event stream in batches and runs the
 * Express state machine on each batch synchronously (REQUEST_RESPONSE), so a failed or partly
 * failed batch is retried — only the records the execution reports by their eventID, or the whole
 * batch if the execution failed; a bounded number of times, for a bounded age — and then parked in
 * the dead-letter queue (ADR 0401: why not AUTOMATIC_BISECT). The state machine is the ASL file
 * with its placeholders substituted; its role allows exactly the calls its Task states make.
 */
public final class CallPipeline extends Construct {
  /** Records per state machine execution: ~1 KB each as the pipe delivers them, input ≤ 256 KB. */
  public static final int BATCH_SIZE = 100;

  public static final int BATCHING_WINDOW_SECONDS = 1;
  public static final int MAXIMUM_RETRY_ATTEMPTS = 10;

  /** An event older than this is not worth scoring any more: it goes to the dead letters. */
  public static final int MAXIMUM_RECORD_AGE_SECONDS = 6 * 60 * 60;

  /**
   * Where the state machine's log group is: the prefix the Step Functions guide asks for ("Avoiding
   * CloudWatch Logs resource policy size restrictions").
   */
  public static final String STATE_MACHINE_LOG_PREFIX = "/aws/vendedlogs/states/";

  private final StateMachine stateMachine;
  private final CfnPipe pipe;

  public CallPipeline(Construct scope, String id, Props props) {
    super(scope, id);
    stateMachine = stateMachine(props);
    pipe = pipe(props);
  }

  private StateMachine stateMachine(Props props) {
    AslDefinition definition = props.definition();
    Map<String, String> substitutions = new LinkedHashMap<>();
    props.tables().forEach((name, table) -> substitutions.put(name, table.getTableName()));
    props.functions().forEach((name, fn) -> substitutions.put(name, fn.getFunctionArn()));
    if (!substitutions.keySet().equals(definition.placeholders())) {
      throw new IllegalArgumentException(
          "the state machine's placeholders "
              + definition.placeholders()
              + " and what the CDK app substitutes "
              + substitutions.keySet()
              + " differ");
    }
    // under /aws/vendedlogs/: Step Functions adds each log group it delivers to to the account's
    // CloudWatch Logs resource policy (5,120 characters at most) unless the name starts so
    LogGroup logs =
        LogGroup.Builder.create(this, "StateMachineLogs")
            .logGroupName(
                STATE_MACHINE_LOG_PREFIX
                    + Names.uniqueResourceName(
                        this, UniqueResourceNameOptions.builder().maxLength(200).build()))
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    StateMachine machine =
        StateMachine.Builder.create(this, "StateMachine")
            .stateMachineType(StateMachineType.EXPRESS)
            .definitionBody(DefinitionBody.fromString(definition.text()))
            .definitionSubstitutions(substitutions)
            // execution data holds caller numbers: log every event, never the data
            .logs(
                LogOptions.builder()
                    .destination(logs)
                    .level(LogLevel.ALL)
                    .includeExecutionData(false)
                    .build())
            .tracingEnabled(true)
            .build();
    definition
        .actionsByPlaceholder()
        .forEach((name, actions) -> allowTask(machine, props, name, actions));
    NagSuppressions.addResourceSuppressions(
        machine.getRole(),
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "Step Functions log delivery (logs:*LogDelivery, DescribeLogGroups,"
                        + " *ResourcePolicy) and X-Ray tracing have no resource-level"
                        + " permissions, so their resource is *")
                .appliesTo(List.of("Resource::*"))
                .build()),
        true);
    return machine;
  }

  private static void allowTask(
      StateMachine machine, Props props, String placeholder, Set<String> actions) {
    String[] granted = actions.toArray(String[]::new);
    ITable table = props.tables().get(placeholder);
    if (table != null) {
      Permissions.allow(machine, table.getTableArn(), granted);
      Permissions.encryptWith(machine, props.dataKey());
      return;
    }
    IFunction function = props.functions().get(placeholder);
    if (function == null) {
      throw new IllegalArgumentException("no table or function for ${" + placeholder + "}");
    }
    Permissions.allow(machine, function.getFunctionArn(), granted);
  }

  private CfnPipe pipe(Props props) {
    Role role =
        Role.Builder.create(this, "PipeRole")
            .assumedBy(new ServicePrincipal("pipes.amazonaws.com"))
            .description("reads the call-event stream, runs the pipeline, parks what fails")
            .build();
    String streamArn = props.stream().getStreamArn();
    Permissions.allow(
        role,
        streamArn,
        "kinesis:DescribeStream",
        "kinesis:DescribeStreamSummary",
        "kinesis:GetRecords",
        "kinesis:GetShardIterator",
        "kinesis:ListShards");
    // the Pipes guide lists ListStreams for a Kinesis source; it has no resource-level permission
    Permissions.allow(role, "*", "kinesis:ListStreams");
    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "kinesis:ListStreams, which the EventBridge Pipes guide lists for a Kinesis"
                        + " source, has no resource-level permissions: its resource is *")
                .appliesTo(List.of("Resource::*"))
                .build()),
        true);
    Permissions.allow(role, stateMachine.getStateMachineArn(), "states:StartSyncExecution");
    Permissions.allow(role, props.deadLetterQueue().getQueueArn(), "sqs:SendMessage");
    // reads the stream (Decrypt) and writes the dead-letter queue (GenerateDataKey)
    Permissions.encryptWith(role, props.dataKey());

    LogGroup logs =
        LogGroup.Builder.create(this, "PipeLogs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    logs.grantWrite(role);

    CfnPipe created =
        CfnPipe.Builder.create(this, "Pipe")
            .description("call events to the call pipeline")
            .roleArn(role.getRoleArn())
            .desiredState("RUNNING")
            .source(streamArn)
            .sourceParameters(
                CfnPipe.PipeSourceParametersProperty.builder()
                    .kinesisStreamParameters(
                        CfnPipe.PipeSourceKinesisStreamParametersProperty.builder()
                            .startingPosition("TRIM_HORIZON")
                            .batchSize(BATCH_SIZE)
                            .maximumBatchingWindowInSeconds(BATCHING_WINDOW_SECONDS)
                            .maximumRetryAttempts(MAXIMUM_RETRY_ATTEMPTS)
                            .maximumRecordAgeInSeconds(MAXIMUM_RECORD_AGE_SECONDS)
                            .deadLetterConfig(
                                CfnPipe.DeadLetterConfigProperty.builder()
                                    .arn(props.deadLetterQueue().getQueueArn())
                                    .build())
                            .build())
                    .build())
            .target(stateMachine.getStateMachineArn())
            .targetParameters(
                CfnPipe.PipeTargetParametersProperty.builder()
                    .stepFunctionStateMachineParameters(
                        CfnPipe.PipeTargetStateMachineParametersProperty.builder()
                            .invocationType("REQUEST_RESPONSE")
                            .build())
                    .build())
            .logConfiguration(
                CfnPipe.PipeLogConfigurationProperty.builder()
                    .level("ERROR")
                    .cloudwatchLogsLogDestination(
                        CfnPipe.CloudwatchLogsLogDestinationProperty.builder()
                            .logGroupArn(logs.getLogGroupArn())
                            .build())
                    .build())
            .build();
    created.getNode().addDependency(role);
    return created;
  }

  public StateMachine stateMachine() {
    return stateMachine;
  }

  public CfnPipe pipe() {
    return pipe;
  }

  /**
   * @param definition the ASL file
   * @param tables the tables the ASL names, by placeholder ({@code VanityCacheTable} → the cache)
   * @param functions the functions the ASL invokes, by placeholder, as the aliases to call
   * @param dataKey the key the stream, the tables and the dead-letter queue are encrypted with
   */
  public record Props(
      AslDefinition definition,
      IStream stream,
      Map<String, ITable> tables,
      Map<String, IFunction> functions,
      IQueue deadLetterQueue,
      IKey dataKey) {
    public Props {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
      Objects.requireNonNull(dataKey, "dataKey");
      tables = Map.copyOf(tables);
      functions = Map.copyOf(functions);
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private AslDefinition definition;
      private IStream stream;
      private final Map<String, ITable> tables = new LinkedHashMap<>();
      private final Map<String, IFunction> functions = new LinkedHashMap<>();
      private IQueue deadLetterQueue;
      private IKey dataKey;

      public Builder definition(AslDefinition definition) {
        this.definition = definition;
        return this;
      }

      public Builder stream(IStream stream) {
        this.stream = stream;
        return this;
      }

      public Builder table(String placeholder, ITable table) {
        tables.put(placeholder, table);
        return this;
      }

      public Builder function(String placeholder, IFunction function) {
        functions.put(placeholder, function);
        return this;
      }

      public Builder deadLetterQueue(IQueue deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
        return this;
      }

      public Builder dataKey(IKey dataKey) {
        this.dataKey = dataKey;
        return this;
      }

      public Props build() {
        return new Props(definition, stream, tables, functions, deadLetterQueue, dataKey);
      }
    }
  }
}
