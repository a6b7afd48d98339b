package com.vanitycall.infra;

import java.util.List;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;

/**
 * Named, exact grants: each lists the API actions a principal calls and the one resource it calls
 * them on — no wildcard actions, no wildcard resources, no convenience grant that allows more than
 * the code uses (CDK's {@code grantReadData} would add Query, Scan and BatchGetItem to a reader of
 * one item, and KMS grants with {@code ReEncrypt*}).
 */
public final class Permissions {
  private Permissions() {}

  /** Allows exactly {@code actions} on exactly {@code resourceArn}. */
  public static void allow(IGrantable principal, String resourceArn, String... actions) {
    Grant.addToPrincipal(
        GrantOnPrincipalOptions.builder()
            .grantee(principal)
            .actions(List.of(actions))
            .resourceArns(List.of(resourceArn))
            .build());
  }

  /**
   * Lets the principal read and write data that DynamoDB, Kinesis or SQS protect with the key:
   * Decrypt to read, GenerateDataKey to write.
   */
  public static void encryptWith(IGrantable principal, IKey key) {
    allow(principal, key.getKeyArn(), "kms:Decrypt", "kms:GenerateDataKey");
  }

  /** Lets the principal read, and only read, data that the key protects. */
  public static void decryptWith(IGrantable principal, IKey key) {
    allow(principal, key.getKeyArn(), "kms:Decrypt");
  }
}
