package com.vanitycall.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * What analysts and the web page use: the HTTP API, the live feed's WebSocket API and its
 * broadcaster, the page behind CloudFront, and their alarms. Stateless like the service stack; it
 * reads the data stack's tables and alarms on the service stack's topic.
 */
public final class WebStack extends Stack {
  /** Where the page's static files are, in the repository. */
  public static final String PAGE_FILES = "functions/api/src/main/resources/web";

  private final AnalystApi api;
  private final LiveFeed live;
  private final WebSite site;
  private final WebOperations operations;

  public WebStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentSettings settings,
      CallData data,
      ITopic alarmTopic) {
    super(scope, id, props);
    ApiFunctionsProps functions =
        new ApiFunctionsProps(LambdaJars.in(settings.repoRoot()).api(), data);
    api = new AnalystApi(this, "AnalystApi", functions);
    live = new LiveFeed(this, "LiveFeed", functions);
    site =
        new WebSite(
            this,
            "WebSite",
            WebSite.Props.builder()
                .pageFiles(settings.repoRoot().resolve(PAGE_FILES))
                .api(api.api())
                .pageApi(api.handler().alias())
                .webSocketApi(live.api())
                .webSocketUrl(live.stage().getUrl())
                .build());
    operations =
        new WebOperations(
            this,
            "Operations",
            WebOperations.Props.builder().api(api).live(live).alarmTopic(alarmTopic).build());

    CfnOutput.Builder.create(this, "PageUrl")
        .description("the page with the last callers, live")
        .value(site.url())
        .build();
    CfnOutput.Builder.create(this, "AnalystApiUrl")
        .description("./vanitycall history|stats --endpoint (SigV4-signed)")
        .value(api.api().getApiEndpoint())
        .build();
    CfnOutput.Builder.create(this, "LiveFeedUrl")
        .description("the live feed's WebSocket URL (written into the page's config.json)")
        .value(live.stage().getUrl())
        .build();
  }

  public AnalystApi api() {
    return api;
  }

  public LiveFeed live() {
    return live;
  }

  public WebSite site() {
    return site;
  }

  public WebOperations operations() {
    return operations;
  }
}
