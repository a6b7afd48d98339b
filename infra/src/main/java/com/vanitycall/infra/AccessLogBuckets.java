package com.vanitycall.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The bucket a construct's access logs go to: private, encrypted (S3-managed keys, the only kind S3
 * server access logging writes to), TLS only, each log kept 90 days. Its owner adds what differs
 * (who writes, whether a stack deletion keeps it).
 */
final class AccessLogBuckets {
  private AccessLogBuckets() {}

  static Bucket.Builder builder(Construct scope) {
    return Bucket.Builder.create(scope, "AccessLogs")
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .encryption(BucketEncryption.S3_MANAGED)
        .enforceSsl(true)
        .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()));
  }
}
