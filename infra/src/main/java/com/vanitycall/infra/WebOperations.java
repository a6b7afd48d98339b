package com.vanitycall.infra;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * What an operator watches of the API and the live feed, the way {@link Operations} watches the
 * call path: handler errors and slow answers, the API and the page's routes answering 5xx, the feed
 * falling behind the calls table's stream or giving batches up — to the same alarm topic, on a
 * dashboard of its own.
 */
public final class WebOperations extends Construct {
  /** How far behind the calls table's stream the feed may fall before an operator hears. */
  public static final int FEED_ITERATOR_AGE_MS = 10_000;

  private final AlarmSet alarms;

  public WebOperations(Construct scope, String id, Props props) {
    super(scope, id);
    alarms = new AlarmSet(this, props.alarmTopic());
    alarms.handler("ApiHandler", props.api().handler().alias(), 1000);
    alarms.handler("LiveConnections", props.live().connections().alias(), 1000);
    alarms.handler("LiveFeed", props.live().feed().alias(), 5000);
    alarms.add(
        "ApiServerErrors",
        "the HTTP API answered 5xx (handler failures, timeouts, throttled integration)",
        props.api().api().metricServerError(AlarmSet.sum()),
        1,
        1);
    alarms.add(
        "PageApiServerErrors",
        "the page's public routes answered 5xx through their function URL (a failed read, a"
            + " timeout)",
        props.api().handler().alias().metric("Url5xxCount", AlarmSet.sum()),
        1,
        1);
    alarms.add(
        "LiveFeedIteratorAge",
        "the live feed is more than 10 s behind new calls, 3 minutes running (pages fall back to"
            + " polling)",
        props.live().feed().alias().metric("IteratorAge", AlarmSet.max()),
        FEED_ITERATOR_AGE_MS,
        3);
    alarms.add(
        "LiveFeedFailedBatches",
        "the live feed gave up on a batch of new calls (their positions are in the queue)",
        props.live().failedBatches().metricApproximateNumberOfMessagesVisible(AlarmSet.max()),
        1,
        1);
    alarms.dashboard("Dashboard");
  }

  public List<Alarm> alarms() {
    return alarms.alarms();
  }

  public record Props(AnalystApi api, LiveFeed live, ITopic alarmTopic) {
    public Props {
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(live, "live");
      Objects.requireNonNull(alarmTopic, "alarmTopic");
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private AnalystApi api;
      private LiveFeed live;
      private ITopic alarmTopic;

      public Builder api(AnalystApi api) {
        this.api = api;
        return this;
      }

      public Builder live(LiveFeed live) {
        this.live = live;
        return this;
      }

      public Builder alarmTopic(ITopic alarmTopic) {
        this.alarmTopic = alarmTopic;
        return this;
      }

      public Props build() {
        return new Props(api, live, alarmTopic);
      }
    }
  }
}
