package com.vanitycall.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.ICfnConditionExpression;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigatewayv2.IApi;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheCookieBehavior;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.CfnDistribution;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.ICachePolicy;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The web page: its files in a private bucket that only CloudFront reads (origin access control),
 * served over HTTPS only with security headers; {@code /api/*} is served through the same
 * distribution, so the page and its API share one origin (no CORS at all). The page's two public
 * routes ({@code /api/recent} cached for a second or two, {@code /api/today} five) come from the
 * API handler's function URL, which only this distribution may call (origin access control, SigV4):
 * nobody reaches them around the cache and the security headers, and a crowd of pages costs the
 * function one request per second per edge. Every other {@code /api/*} path goes to the HTTP API.
 * The deploy writes {@code config.json} beside the page with the URLs it was given: no hand
 * editing.
 */
public final class WebSite extends Construct {
  /**
   * How long CloudFront keeps an answer of /api/recent (the page promises 2 s): at least the
   * minimum whatever the handler's Cache-Control says, longer only if it asks, never more than the
   * maximum.
   */
  public static final Duration RECENT_CACHE_MIN = Duration.seconds(1);

  public static final Duration RECENT_CACHE_MAX = Duration.seconds(2);

  /** How long CloudFront keeps today's figures for the page's analyst view. */
  public static final Duration TODAY_CACHE = Duration.seconds(5);

  /** How long a browser or CloudFront keeps a page file, so a redeployed page is live soon. */
  public static final Duration PAGE_CACHE = Duration.minutes(1);

  /**
   * How long CloudFront keeps an error an origin answered with (its default is 10 s, and it ignores
   * {@code no-store} on these codes): no longer than a good answer of /api/recent.
   */
  public static final Duration ERROR_CACHE = RECENT_CACHE_MIN;

  /**
   * The server errors whose caching time is set: what the HTTP API, the function or S3 can answer.
   * (A 405 cannot come back through the distribution: it passes only GET and HEAD, which every
   * origin answers.)
   */
  public static final List<Integer> SERVER_ERRORS = List.of(500, 502, 503, 504);

  /**
   * Regions whose S3 buckets CloudFront does not deliver standard logs to (the CloudFront guide's
   * "Choosing an Amazon S3 bucket for your standard logs"): there the distribution keeps no edge
   * log; the pages bucket's own access logs and the API's are written as everywhere.
   */
  public static final List<String> NO_EDGE_LOGS_REGIONS =
      List.of("af-south-1", "ap-east-1", "eu-south-1", "me-south-1");

  private static final String EDGE_LOG_PREFIX = "cloudfront/";

  private final Bucket pages;
  private final Bucket logs;
  private final PageApiOrigin pageApi;
  private final Distribution distribution;
  private final ResponseHeadersPolicy securityHeaders;
  private final BucketDeployment deployment;

  public WebSite(Construct scope, String id, Props props) {
    super(scope, id);
    logs =
        AccessLogBuckets.builder(this)
            // CloudFront's standard logs are written with an ACL
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
            // logs are records: a stack deletion keeps them
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    pages =
        Bucket.Builder.create(this, "Pages")
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.S3_MANAGED)
            .enforceSsl(true)
            .serverAccessLogsBucket(logs)
            .serverAccessLogsPrefix("pages/")
            // only files the deploy writes (it empties the bucket when the stack goes)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();

    securityHeaders =
        ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
            .comment("vanitycall page: CSP, HSTS, no sniffing, no framing, no referrer")
            .securityHeadersBehavior(
                ResponseSecurityHeadersBehavior.builder()
                    .contentSecurityPolicy(
                        ResponseHeadersContentSecurityPolicy.builder()
                            .contentSecurityPolicy(
                                contentSecurityPolicy(domainOf(props.webSocketApi())))
                            .override(true)
                            .build())
                    .strictTransportSecurity(
                        ResponseHeadersStrictTransportSecurity.builder()
                            .accessControlMaxAge(Duration.days(365))
                            .includeSubdomains(true)
                            .override(true)
                            .build())
                    .contentTypeOptions(
                        ResponseHeadersContentTypeOptions.builder().override(true).build())
                    .frameOptions(
                        ResponseHeadersFrameOptions.builder()
                            .frameOption(HeadersFrameOption.DENY)
                            .override(true)
                            .build())
                    .referrerPolicy(
                        ResponseHeadersReferrerPolicy.builder()
                            .referrerPolicy(HeadersReferrerPolicy.NO_REFERRER)
                            .override(true)
                            .build())
                    .build())
            .build();
    CachePolicy recent =
        edgeCache(
            "RecentCallers",
            "vanitycall /api/recent: a second or two, keyed by limit",
            RECENT_CACHE_MIN,
            RECENT_CACHE_MAX,
            CacheQueryStringBehavior.allowList("limit"));
    CachePolicy today =
        edgeCache(
            "TodayFigures",
            "vanitycall /api/today: today's counts, a few seconds",
            TODAY_CACHE,
            TODAY_CACHE,
            CacheQueryStringBehavior.none());

    pageApi = new PageApiOrigin(this, "PageApi", props.pageApi());
    distribution =
        Distribution.Builder.create(this, "Distribution")
            .comment("vanitycall: the last callers, live")
            .defaultRootObject("index.html")
            .defaultBehavior(
                BehaviorOptions.builder()
                    .origin(S3BucketOrigin.withOriginAccessControl(pages))
                    .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                    .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                    .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                    .responseHeadersPolicy(securityHeaders)
                    .compress(true)
                    .build())
            .additionalBehaviors(
                apiBehaviours(domainOf(props.api()), pageApi.origin(), recent, today))
            .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
            .httpVersion(HttpVersion.HTTP2_AND_3)
            .priceClass(PriceClass.PRICE_CLASS_100)
            .errorResponses(
                SERVER_ERRORS.stream()
                    .map(code -> ErrorResponse.builder().httpStatus(code).ttl(ERROR_CACHE).build())
                    .toList())
            .enableLogging(true)
            .logBucket(logs)
            .logFilePrefix(EDGE_LOG_PREFIX)
            .build();
    logEdgeOnlyWhereDeliverable();
    pageApi.allow(distribution);

    deployment =
        BucketDeployment.Builder.create(this, "Deployment")
            .sources(
                List.of(
                    Source.asset(props.pageFiles().toString()),
                    Source.jsonData(
                        "config.json",
                        // sorted: Map.of's order changes from one JVM to the next, and with it the
                        // asset's hash, so every synth would redeploy the page
                        new TreeMap<>(
                            Map.of(
                                "apiBase",
                                "https://" + distribution.getDistributionDomainName(),
                                "webSocketUrl",
                                props.webSocketUrl(),
                                "keepAliveSeconds",
                                LiveFeed.KEEP_ALIVE.toSeconds())))))
            .destinationBucket(pages)
            .prune(true)
            .retainOnDelete(false)
            .cacheControl(List.of(CacheControl.setPublic(), CacheControl.maxAge(PAGE_CACHE)))
            .memoryLimit(256)
            .build();

    NagSuppressions.addResourceSuppressions(
        logs,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("this is the access-log bucket; logging it into itself would loop")
                .build()));
    NagSuppressions.addResourceSuppressions(
        distribution,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-CFR1")
                .reason("the page shows masked numbers to anyone by design; no country is excluded")
                .build(),
            NagPackSuppression.builder()
                .id("AwsSolutions-CFR2")
                .reason(
                    "a WAF web ACL costs more than the page; the public routes are cached at the"
                        + " edge and their function takes requests from this distribution only,"
                        + " the signed routes are throttled at the API's stage")
                .build(),
            NagPackSuppression.builder()
                .id("AwsSolutions-CFR4")
                .reason(
                    "the distribution uses CloudFront's default certificate (no custom domain),"
                        + " whose TLS policy CloudFront fixes; a custom domain with an ACM"
                        + " certificate would get TLSv1.2_2021")
                .build()));
    suppressForBucketDeploymentProvider(Stack.of(this));
  }

  /**
   * Standard logs only in a region whose buckets CloudFront delivers them to, decided by
   * CloudFormation (the template may be synthesized without a region): elsewhere the distribution
   * would fail to deploy or log nowhere.
   */
  private void logEdgeOnlyWhereDeliverable() {
    CfnCondition deliverable =
        CfnCondition.Builder.create(this, "EdgeLogsDeliverable")
            .expression(
                Fn.conditionNot(
                    Fn.conditionOr(
                        NO_EDGE_LOGS_REGIONS.stream()
                            .map(region -> Fn.conditionEquals(Aws.REGION, region))
                            .toArray(ICfnConditionExpression[]::new))))
            .build();
    CfnDistribution cfn = (CfnDistribution) distribution.getNode().getDefaultChild();
    cfn.addPropertyOverride(
        "DistributionConfig.Logging",
        Fn.conditionIf(
            deliverable.getLogicalId(),
            Map.of(
                "Bucket",
                logs.getBucketRegionalDomainName(),
                "IncludeCookies",
                false,
                "Prefix",
                EDGE_LOG_PREFIX),
            Aws.NO_VALUE));
  }

  /**
   * {@code /api/recent} cached a second or two, {@code /api/today} a few seconds, both from the
   * page's function URL; every other {@code /api/*} path passed to the HTTP API uncached (a signed
   * route then answers its own 403), in this order: CloudFront takes the first pattern that
   * matches.
   */
  private Map<String, BehaviorOptions> apiBehaviours(
      String apiDomain, IOrigin pageApi, CachePolicy recent, CachePolicy today) {
    HttpOrigin api =
        HttpOrigin.Builder.create(apiDomain)
            .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
            .build();
    Map<String, BehaviorOptions> behaviours = new LinkedHashMap<>();
    // the cache key (limit) is all the origin needs: CloudFront forwards it
    behaviours.put(AnalystApi.RECENT, apiBehaviour(pageApi, recent).build());
    behaviours.put(AnalystApi.TODAY, apiBehaviour(pageApi, today).build());
    // everything the viewer sent but Host, which must stay the API's own domain
    behaviours.put(
        "/api/*",
        apiBehaviour(api, CachePolicy.CACHING_DISABLED)
            .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
            .build());
    return behaviours;
  }

  /**
   * A public API answer kept at the edge at least {@code min} (a minimum above 0 caches even an
   * answer marked no-store) and at most {@code max}, keyed by {@code queryStrings} only.
   */
  private CachePolicy edgeCache(
      String id,
      String comment,
      Duration min,
      Duration max,
      CacheQueryStringBehavior queryStrings) {
    return CachePolicy.Builder.create(this, id)
        .comment(comment)
        .minTtl(min)
        .defaultTtl(min)
        .maxTtl(max)
        .queryStringBehavior(queryStrings)
        .headerBehavior(CacheHeaderBehavior.none())
        .cookieBehavior(CacheCookieBehavior.none())
        .enableAcceptEncodingGzip(true)
        .enableAcceptEncodingBrotli(true)
        .build();
  }

  private BehaviorOptions.Builder apiBehaviour(IOrigin api, ICachePolicy cachePolicy) {
    return BehaviorOptions.builder()
        .origin(api)
        .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
        .cachePolicy(cachePolicy)
        .responseHeadersPolicy(securityHeaders)
        .compress(true);
  }

  /** The CDK's own Lambda that copies the files at deploy time is built and scoped by the CDK. */
  private static void suppressForBucketDeploymentProvider(Stack stack) {
    for (IConstruct child : stack.getNode().getChildren()) {
      if (child.getNode().getId().startsWith("Custom::CDKBucketDeployment")) {
        NagSuppressions.addResourceSuppressions(
            child,
            List.of(
                NagPackSuppression.builder()
                    .id("AwsSolutions-IAM4")
                    .reason(
                        "the CDK's BucketDeployment function logs with AWSLambdaBasicExecutionRole;"
                            + " it runs only during a deploy")
                    .build(),
                NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason(
                        "the CDK's BucketDeployment function copies the page's asset into the"
                            + " pages bucket: object wildcards on those two buckets, granted by"
                            + " the CDK")
                    .build(),
                NagPackSuppression.builder()
                    .id("AwsSolutions-L1")
                    .reason("the CDK chooses the BucketDeployment function's Python runtime")
                    .build()),
            true);
      }
    }
  }

  /** The domain of an API Gateway API's own endpoint. */
  private static String domainOf(IApi api) {
    return api.getApiId() + ".execute-api." + Aws.REGION + "." + Aws.URL_SUFFIX;
  }

  /**
   * Scripts, styles and images only from the page's own origin, no inline script; fetches to its
   * own origin (the page and /api/recent) and to the live feed's WebSocket API; nothing may frame
   * it.
   */
  static String contentSecurityPolicy(String webSocketDomain) {
    return String.join(
        "; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self' wss://" + webSocketDomain,
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'");
  }

  public Bucket pages() {
    return pages;
  }

  public Bucket logs() {
    return logs;
  }

  public Distribution distribution() {
    return distribution;
  }

  /** Where the page's public routes are served from, to this distribution only. */
  public PageApiOrigin pageApi() {
    return pageApi;
  }

  public ResponseHeadersPolicy securityHeaders() {
    return securityHeaders;
  }

  public BucketDeployment deployment() {
    return deployment;
  }

  /** The page's address. */
  public String url() {
    return "https://" + distribution.getDistributionDomainName() + "/";
  }

  /**
   * @param pageFiles the folder of the page's static files (index.html, app.js, style.css)
   * @param api the HTTP API, origin of /api/* but the public routes
   * @param pageApi the function (alias) that answers /api/recent and /api/today, through a URL only
   *     this distribution may call
   * @param webSocketApi the live feed's WebSocket API, allowed by the page's CSP
   * @param webSocketUrl the live feed's {@code wss://} URL, written into config.json
   */
  public record Props(
      Path pageFiles, IApi api, IFunction pageApi, IApi webSocketApi, String webSocketUrl) {
    public Props {
      Objects.requireNonNull(pageFiles, "pageFiles");
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(pageApi, "pageApi");
      Objects.requireNonNull(webSocketApi, "webSocketApi");
      Objects.requireNonNull(webSocketUrl, "webSocketUrl");
      if (!Files.isRegularFile(pageFiles.resolve("index.html"))) {
        throw new IllegalArgumentException("no index.html in the page's folder " + pageFiles);
      }
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private Path pageFiles;
      private IApi api;
      private IFunction pageApi;
      private IApi webSocketApi;
      private String webSocketUrl;

      public Builder pageFiles(Path pageFiles) {
        this.pageFiles = pageFiles;
        return this;
      }

      public Builder api(IApi api) {
        this.api = api;
        return this;
      }

      public Builder pageApi(IFunction pageApi) {
        this.pageApi = pageApi;
        return this;
      }

      public Builder webSocketApi(IApi webSocketApi) {
        this.webSocketApi = webSocketApi;
        return this;
      }

      public Builder webSocketUrl(String webSocketUrl) {
        this.webSocketUrl = webSocketUrl;
        return this;
      }

      public Props build() {
        return new Props(pageFiles, api, pageApi, webSocketApi, webSocketUrl);
      }
    }
  }
}
