package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import software.amazon.awscdk.assertions.Template;

/** What a template's alarms watch, and where they send their notifications. */
final class Alarms {
  private Alarms() {}

  /** Each alarm's metric as {@code namespace/name}, e.g. {@code AWS/Lambda/Errors}. */
  static List<String> watched(Template template) {
    return Resources.ofType(template, "AWS::CloudWatch::Alarm").values().stream()
        .map(Resources::properties)
        .map(p -> p.get("Namespace") + "/" + p.get("MetricName"))
        .toList();
  }

  /** Asserts that every alarm notifies the topic with this logical id, and only it. */
  static void assertEachNotifiesOnly(Template template, String topicId) {
    assertThat(Resources.ofType(template, "AWS::CloudWatch::Alarm")).isNotEmpty();
    Resources.ofType(template, "AWS::CloudWatch::Alarm")
        .forEach(
            (id, alarm) ->
                assertThat((List<?>) Resources.at(alarm, "Properties", "AlarmActions"))
                    .as(id)
                    .singleElement()
                    .satisfies(action -> assertThat(Resources.refersTo(action, topicId)).isTrue()));
  }
}
