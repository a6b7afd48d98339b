package com.vanitycall.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
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
  private static final Duration PERIOD = Duration.minutes(1);
  private static final int WIDGETS_PER_ROW = 3;

  private final Topic alarmTopic;
  private final List<Alarm> alarms = new ArrayList<>();

  public Operations(Construct scope, String id, Props props) {
    super(scope, id);
    Key topicKey =
        Key.Builder.create(this, "AlarmTopicKey")
            .description("vanitycall: alarm notifications")
            .enableKeyRotation(true)
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

    props
        .handlers()
        .forEach(
            (name, handler) -> {
              alarm(
                  name + "Errors",
                  name + " handler failed (errors in a minute)",
                  handler.metricErrors(sum()),
                  1,
                  1);
              alarm(
                  name + "DurationP99",
                  name + " handler p99 duration above the budget (ms), 3 minutes running",
                  handler.metricDuration(
                      MetricOptions.builder().statistic("p99").period(PERIOD).build()),
                  props.p99BudgetsMs().get(name),
                  3);
            });
    alarm(
        "StreamIteratorAge",
        "the pipe is more than a minute behind the call-event stream",
        props.stream().metricGetRecordsIteratorAgeMilliseconds(max()),
        60_000,
        3);
    alarm(
        "StreamWriteThrottles",
        "call events were throttled on the way into the stream",
        props.stream().metricWriteProvisionedThroughputExceeded(sum()),
        1,
        1);
    alarm(
        "StreamReadThrottles",
        "the pipe was throttled reading the stream, 3 minutes running",
        props.stream().metricReadProvisionedThroughputExceeded(sum()),
        1,
        3);
    alarm(
        "PipeFailures",
        "the pipe failed to run the state machine on a batch",
        pipeMetric(props.pipeName(), "ExecutionFailed"),
        1,
        1);
    alarm(
        "PipePartialFailures",
        "the state machine reported events of a batch as failed",
        pipeMetric(props.pipeName(), "ExecutionPartiallyFailed"),
        1,
        1);
    alarm(
        "StateMachineFailures",
        "call pipeline executions failed",
        props.stateMachine().metricFailed(sum()),
        1,
        1);
    alarm(
        "StateMachineTimeouts",
        "call pipeline executions timed out",
        props.stateMachine().metricTimedOut(sum()),
        1,
        1);
    alarm(
        "PipeDeadLetters",
        "batches the pipe gave up on wait in its dead-letter queue",
        props.pipeDeadLetters().metricApproximateNumberOfMessagesVisible(max()),
        1,
        1);
    alarm(
        "DeadLetterWrites",
        "something was written to the dead-letters table (./vanitycall dead-letters on AWS: see"
            + " docs/deploy.md)",
        props.deadLetters().metricConsumedWriteCapacityUnits(sum()),
        1,
        1);

    List<List<IWidget>> rows = new ArrayList<>();
    for (int i = 0; i < alarms.size(); i += WIDGETS_PER_ROW) {
      rows.add(
          alarms.subList(i, Math.min(i + WIDGETS_PER_ROW, alarms.size())).stream()
              .map(a -> (IWidget) AlarmWidget.Builder.create().alarm(a).width(8).height(6).build())
              .toList());
    }
    Dashboard.Builder.create(this, "Dashboard").widgets(rows).build();
  }

  private void alarm(String id, String description, Metric metric, Number threshold, int periods) {
    Alarm alarm =
        metric.createAlarm(
            this,
            id,
            CreateAlarmOptions.builder()
                .alarmDescription(description)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
    alarm.addAlarmAction(new SnsAction(alarmTopic));
    alarms.add(alarm);
  }

  private static Metric pipeMetric(String pipeName, String metricName) {
    return Metric.Builder.create()
        .namespace("AWS/EventBridge/Pipes")
        .metricName(metricName)
        .dimensionsMap(Map.of("PipeName", pipeName))
        .statistic("Sum")
        .period(PERIOD)
        .build();
  }

  private static MetricOptions sum() {
    return MetricOptions.builder().statistic("Sum").period(PERIOD).build();
  }

  private static MetricOptions max() {
    return MetricOptions.builder().statistic("Maximum").period(PERIOD).build();
  }

  public Topic alarmTopic() {
    return alarmTopic;
  }

  public List<Alarm> alarms() {
    return List.copyOf(alarms);
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
