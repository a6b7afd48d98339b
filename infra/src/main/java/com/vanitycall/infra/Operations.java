package com.vanitycall.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * What an operator watches: one alarm per way the product can fail — handler errors and slow
 * answers, a stream falling behind or throttling, the pipe or the state machine failing, anything
 * dead-lettered — all sent to one encrypted topic, and a dashboard with the same graphs.
 */
public final class Operations extends Construct {
  private final Topic alarmTopic;
  private final AlarmSet alarms;

  public Operations(Construct scope, String id, Props props) {
    super(scope, id);
    // it encrypts only notifications in flight, which do not outlive the topic: it goes with the
    // stack (after KMS's shortest waiting period) rather than stay behind at $1 a month
    Key topicKey =
        Key.Builder.create(this, "AlarmTopicKey")
            .description("vanitycall: alarm notifications")
            .enableKeyRotation(true)
            .removalPolicy(RemovalPolicy.DESTROY)
            .pendingWindow(Duration.days(7))
            .build();
    // CloudWatch publishes alarms to the encrypted topic with this key
    topicKey.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
            .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
            .resources(List.of("*"))
            .build());
    alarmTopic =
        Topic.Builder.create(this, "AlarmTopic")
            .displayName("vanitycall alarms")
            .masterKey(topicKey)
            .enforceSsl(true)
            .build();
    props.alarmEmail().ifPresent(mail -> alarmTopic.addSubscription(new EmailSubscription(mail)));

    alarms = new AlarmSet(this, alarmTopic);
    props
        .handlers()
        .forEach((name, handler) -> alarms.handler(name, handler, props.p99BudgetsMs().get(name)));
    alarms.add(
        "StreamIteratorAge",
        "the pipe is more than a minute behind the call-event stream",
        props.stream().metricGetRecordsIteratorAgeMilliseconds(AlarmSet.max()),
        60_000,
        3);
    alarms.add(
        "StreamWriteThrottles",
        "call events were throttled on the way into the stream",
        props.stream().metricWriteProvisionedThroughputExceeded(AlarmSet.sum()),
        1,
        1);
    alarms.add(
        "StreamReadThrottles",
        "the pipe was throttled reading the stream, 3 minutes running",
        props.stream().metricReadProvisionedThroughputExceeded(AlarmSet.sum()),
        1,
        3);
    alarms.add(
        "PipeFailures",
        "the pipe failed to run the state machine on a batch",
        pipeMetric(props.pipeName(), "ExecutionFailed"),
        1,
        1);
    alarms.add(
        "PipePartialFailures",
        "the state machine reported events of a batch as failed",
        pipeMetric(props.pipeName(), "ExecutionPartiallyFailed"),
        1,
        1);
    alarms.add(
        "StateMachineFailures",
        "call pipeline executions failed",
        props.stateMachine().metricFailed(AlarmSet.sum()),
        1,
        1);
    alarms.add(
        "StateMachineTimeouts",
        "call pipeline executions timed out",
        props.stateMachine().metricTimedOut(AlarmSet.sum()),
        1,
        1);
    alarms.add(
        "PipeDeadLetters",
        "batches the pipe gave up on wait in its dead-letter queue",
        props.pipeDeadLetters().metricApproximateNumberOfMessagesVisible(AlarmSet.max()),
        1,
        1);
    alarms.add(
        "DeadLetterWrites",
        "something was written to the dead-letters table (./vanitycall dead-letters on AWS: see"
            + " docs/deploy.md)",
        props.deadLetters().metricConsumedWriteCapacityUnits(AlarmSet.sum()),
        1,
        1);

    alarms.dashboard("Dashboard");
  }

  private static Metric pipeMetric(String pipeName, String metricName) {
    return Metric.Builder.create()
        .namespace("AWS/EventBridge/Pipes")
        .metricName(metricName)
        .dimensionsMap(Map.of("PipeName", pipeName))
        .statistic("Sum")
        .period(AlarmSet.PERIOD)
        .build();
  }

  public Topic alarmTopic() {
    return alarmTopic;
  }

  public List<Alarm> alarms() {
    return alarms.alarms();
  }

  /**
   * @param handlers the Lambda functions by a short name used in alarm ids
   * @param p99BudgetsMs for each handler, the p99 duration that raises an alarm
   */
  public record Props(
      Map<String, IFunction> handlers,
      Map<String, Integer> p99BudgetsMs,
      IStream stream,
      String pipeName,
      IStateMachine stateMachine,
      IQueue pipeDeadLetters,
      ITable deadLetters,
      Optional<String> alarmEmail) {
    public Props {
      handlers = Map.copyOf(handlers);
      p99BudgetsMs = Map.copyOf(p99BudgetsMs);
      if (!handlers.keySet().equals(p99BudgetsMs.keySet())) {
        throw new IllegalArgumentException("every handler needs a p99 budget: " + p99BudgetsMs);
      }
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(pipeName, "pipeName");
      Objects.requireNonNull(stateMachine, "stateMachine");
      Objects.requireNonNull(pipeDeadLetters, "pipeDeadLetters");
      Objects.requireNonNull(deadLetters, "deadLetters");
      Objects.requireNonNull(alarmEmail, "alarmEmail");
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private final Map<String, IFunction> handlers = new LinkedHashMap<>();
      private final Map<String, Integer> p99BudgetsMs = new LinkedHashMap<>();
      private IStream stream;
      private String pipeName;
      private IStateMachine stateMachine;
      private IQueue pipeDeadLetters;
      private ITable deadLetters;
      private Optional<String> alarmEmail = Optional.empty();

      /** Watches the handler's errors, and its p99 duration against the budget. */
      public Builder handler(String name, IFunction handler, int p99BudgetMs) {
        handlers.put(name, handler);
        p99BudgetsMs.put(name, p99BudgetMs);
        return this;
      }

      public Builder stream(IStream stream) {
        this.stream = stream;
        return this;
      }

      public Builder pipeName(String pipeName) {
        this.pipeName = pipeName;
        return this;
      }

      public Builder stateMachine(IStateMachine stateMachine) {
        this.stateMachine = stateMachine;
        return this;
      }

      public Builder pipeDeadLetters(IQueue pipeDeadLetters) {
        this.pipeDeadLetters = pipeDeadLetters;
        return this;
      }

      public Builder deadLetters(ITable deadLetters) {
        this.deadLetters = deadLetters;
        return this;
      }

      public Builder alarmEmail(Optional<String> alarmEmail) {
        this.alarmEmail = alarmEmail;
        return this;
      }

      public Props build() {
        return new Props(
            handlers,
            p99BudgetsMs,
            stream,
            pipeName,
            stateMachine,
            pipeDeadLetters,
            deadLetters,
            alarmEmail);
      }
    }
  }
}
