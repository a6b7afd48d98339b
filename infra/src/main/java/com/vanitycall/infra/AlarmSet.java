package com.vanitycall.infra;

import java.util.ArrayList;
import java.util.List;
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
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Alarms made one way: each fires at or above its threshold for a number of one-minute periods,
 * treats missing data as fine (a quiet night raises nothing) and notifies the one alarm topic; a
 * dashboard shows them all, three to a row.
 */
final class AlarmSet {
  static final Duration PERIOD = Duration.minutes(1);
  private static final int WIDGETS_PER_ROW = 3;

  private final Construct scope;
  private final ITopic topic;
  private final List<Alarm> alarms = new ArrayList<>();

  AlarmSet(Construct scope, ITopic topic) {
    this.scope = scope;
    this.topic = topic;
  }

  void add(String id, String description, Metric metric, Number threshold, int periods) {
    Alarm alarm =
        metric.createAlarm(
            scope,
            id,
            CreateAlarmOptions.builder()
                .alarmDescription(description)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
    alarm.addAlarmAction(new SnsAction(topic));
    alarms.add(alarm);
  }

  /** Watches a handler's errors (any in a minute) and its p99 duration against the budget. */
  void handler(String name, IFunction handler, int p99BudgetMs) {
    add(
        name + "Errors",
        name + " handler failed (errors in a minute)",
        handler.metricErrors(sum()),
        1,
        1);
    add(
        name + "DurationP99",
        name + " handler p99 duration above the budget (ms), 3 minutes running",
        handler.metricDuration(MetricOptions.builder().statistic("p99").period(PERIOD).build()),
        p99BudgetMs,
        3);
  }

  /** A dashboard with one graph per alarm made so far. */
  void dashboard(String id) {
    List<List<IWidget>> rows = new ArrayList<>();
    for (int i = 0; i < alarms.size(); i += WIDGETS_PER_ROW) {
      rows.add(
          alarms.subList(i, Math.min(i + WIDGETS_PER_ROW, alarms.size())).stream()
              .map(a -> (IWidget) AlarmWidget.Builder.create().alarm(a).width(8).height(6).build())
              .toList());
    }
    Dashboard.Builder.create(scope, id).widgets(rows).build();
  }

  List<Alarm> alarms() {
    return List.copyOf(alarms);
  }

  static MetricOptions sum() {
    return MetricOptions.builder().statistic("Sum").period(PERIOD).build();
  }

  static MetricOptions max() {
    return MetricOptions.builder().statistic("Maximum").period(PERIOD).build();
  }
}
