package com.vanitycall.infra;

import java.util.List;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudfront.FunctionUrlOriginAccessControl;
import software.amazon.awscdk.services.cloudfront.IDistribution;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.Signing;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.lambda.CfnPermission;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * The page's public routes as a CloudFront origin that one distribution alone may call: the API
 * handler's function URL, which takes only SigV4-signed requests, signed by the distribution with
 * origin access control (the CloudFront guide, "Restrict access to an AWS Lambda function URL
 * origin"). HTTP APIs have no resource policy that could refuse a direct caller
 * (docs/adr/1901-public-routes-only-through-the-edge.md).
 */
public final class PageApiOrigin extends Construct {
  private final IFunction handler;
  private final FunctionUrl url;
  private final IOrigin origin;

  /**
   * @param handler the function (alias) that answers /api/recent and /api/today
   */
  public PageApiOrigin(Construct scope, String id, IFunction handler) {
    super(scope, id);
    this.handler = handler;
    url =
        FunctionUrl.Builder.create(this, "Url")
            .function(handler)
            .authType(FunctionUrlAuthType.AWS_IAM)
            .build();
    FunctionUrlOriginAccessControl signing =
        FunctionUrlOriginAccessControl.Builder.create(this, "Signing")
            .description("vanitycall: CloudFront signs every request to the page's routes")
            .signing(Signing.SIGV4_ALWAYS)
            .build();
    origin =
        HttpOrigin.Builder.create(Fn.select(2, Fn.split("/", url.getUrl())))
            .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
            .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
            .originAccessControlId(signing.getOriginAccessControlId())
            .build();
  }

  /**
   * Only {@code distribution} may call the URL: lambda:InvokeFunctionUrl, and lambda:InvokeFunction
   * through the URL only, which function URLs made since October 2025 need as well (the Lambda
   * guide, "Control access to Lambda function URLs"); both on the alias the URL is for. (CDK
   * 2.263's FunctionUrlOrigin.withOriginAccessControl grants only the first.)
   */
  public void allow(IDistribution distribution) {
    CfnPermission.Builder.create(this, "UrlForTheDistribution")
        .action("lambda:InvokeFunctionUrl")
        .functionName(handler.getFunctionArn())
        .functionUrlAuthType(FunctionUrlAuthType.AWS_IAM.name())
        .principal("cloudfront.amazonaws.com")
        .sourceArn(distribution.getDistributionArn())
        .build();
    CfnPermission.Builder.create(this, "InvokedThroughTheUrl")
        .action("lambda:InvokeFunction")
        .functionName(handler.getFunctionArn())
        .invokedViaFunctionUrl(true)
        .principal("cloudfront.amazonaws.com")
        .sourceArn(distribution.getDistributionArn())
        .build();
  }

  /** The origin of the distribution's /api/recent and /api/today behaviours. */
  public IOrigin origin() {
    return origin;
  }

  public FunctionUrl url() {
    return url;
  }
}
