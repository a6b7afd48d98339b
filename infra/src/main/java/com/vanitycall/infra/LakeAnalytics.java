package com.vanitycall.infra;

import com.vanitycall.aws.schema.LakeViews;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.athena.CfnNamedQuery;
import software.amazon.awscdk.services.athena.CfnWorkGroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * SQL over the lake on AWS: an Athena workgroup whose settings a query cannot override (results
 * encrypted with the data key into a bucket of their own, a cap on the bytes one query may scan),
 * the views of {@code analytics/views.sql} saved in it as named queries (an operator runs them
 * once: {@code ./vanitycall sql --athena --create-views}; ADR 1701), and two managed policies: what
 * an analyst needs to query (read the lake, run queries in this workgroup, keep their results), and
 * what creating the views needs besides.
 */
public final class LakeAnalytics extends Construct {

  /** The workgroup, named so that analysts can address it ({@code sql --workgroup}). */
  public static final String WORKGROUP = "vanitycall-analysts";

  private final Bucket results;
  private final CfnWorkGroup workgroup;
  private final List<CfnNamedQuery> views = new ArrayList<>();
  private final ManagedPolicy analystPolicy;
  private final ManagedPolicy viewsPolicy;

  public LakeAnalytics(Construct scope, String id, Props props) {
    super(scope, id);
    CallLake lake = props.lake();
    results =
        Bucket.Builder.create(this, "QueryResults")
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.KMS)
            .encryptionKey(props.lakeKey())
            .bucketKeyEnabled(true)
            .enforceSsl(true)
            .serverAccessLogsBucket(lake.accessLogs())
            .serverAccessLogsPrefix("query-results/")
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .expiration(Duration.days(30))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
            .removalPolicy(props.lakeRemovalPolicy())
            .build();
    workgroup =
        CfnWorkGroup.Builder.create(this, "WorkGroup")
            .name(WORKGROUP)
            .description("vanitycall analysts: SQL over the call history lake")
            .state("ENABLED")
            .workGroupConfiguration(
                CfnWorkGroup.WorkGroupConfigurationProperty.builder()
                    .enforceWorkGroupConfiguration(true)
                    .publishCloudWatchMetricsEnabled(true)
                    .bytesScannedCutoffPerQuery(props.bytesScannedCutoff())
                    .engineVersion(
                        CfnWorkGroup.EngineVersionProperty.builder()
                            .selectedEngineVersion("Athena engine version 3")
                            .build())
                    .resultConfiguration(
                        CfnWorkGroup.ResultConfigurationProperty.builder()
                            .outputLocation("s3://" + results.getBucketName() + "/")
                            .encryptionConfiguration(
                                CfnWorkGroup.EncryptionConfigurationProperty.builder()
                                    .encryptionOption("SSE_KMS")
                                    .kmsKey(props.lakeKey().getKeyArn())
                                    .build())
                            .build())
                    .build())
            .build();
    for (LakeViews.View view : LakeViews.of(RepositoryFile.read(props.viewsFile()))) {
      CfnNamedQuery query =
          CfnNamedQuery.Builder.create(this, "View-" + view.name())
              .name("create view " + view.name())
              .description(
                  "run once after a deploy that changes it: creates the view " + view.name())
              .database(CallLake.DATABASE)
              .workGroup(WORKGROUP)
              .queryString(view.statement())
              .build();
      query.addDependency(workgroup);
      views.add(query);
    }

    String workgroupArn =
        "arn:"
            + Aws.PARTITION
            + ":athena:"
            + Aws.REGION
            + ":"
            + Aws.ACCOUNT_ID
            + ":workgroup/"
            + WORKGROUP;
    List<String> glue = new ArrayList<>(lake.glueArns());
    glue.add(everyTableOfTheDatabase());
    analystPolicy =
        ManagedPolicy.Builder.create(this, "AnalystPolicy")
            .description("vanitycall: query the call history lake with Athena (read only)")
            .statements(
                List.of(
                    statement(
                        List.of(workgroupArn),
                        "athena:StartQueryExecution",
                        "athena:GetQueryExecution",
                        "athena:GetQueryResults",
                        "athena:StopQueryExecution",
                        "athena:GetWorkGroup",
                        "athena:ListNamedQueries",
                        "athena:GetNamedQuery",
                        "athena:BatchGetNamedQuery"),
                    statement(glue, "glue:GetDatabase", "glue:GetTable", "glue:GetTables"),
                    statement(
                        List.of(lake.bucket().getBucketArn()),
                        "s3:GetBucketLocation",
                        "s3:ListBucket"),
                    statement(List.of(lake.bucket().arnForObjects("*")), "s3:GetObject"),
                    statement(
                        List.of(results.getBucketArn()), "s3:GetBucketLocation", "s3:ListBucket"),
                    statement(
                        List.of(results.arnForObjects("*")),
                        "s3:GetObject",
                        "s3:PutObject",
                        "s3:AbortMultipartUpload",
                        "s3:ListMultipartUploadParts"),
                    statement(
                        List.of(props.lakeKey().getKeyArn()),
                        "kms:Decrypt",
                        "kms:GenerateDataKey")))
            .build();
    viewsPolicy =
        ManagedPolicy.Builder.create(this, "ViewsPolicy")
            .description("vanitycall: create or replace the lake's views (with the analyst policy)")
            .statements(
                List.of(
                    statement(
                        List.of(glue.get(0), glue.get(1), everyTableOfTheDatabase()),
                        "glue:CreateTable",
                        "glue:UpdateTable",
                        "glue:DeleteTable")))
            .build();
    NagSuppressions.addResourceSuppressions(
        analystPolicy,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "an analyst reads every file of the lake, and Athena writes each query's"
                        + " result under a name of its own in the results bucket; the views are"
                        + " tables of the lake's database whose names the views file decides")
                .appliesTo(
                    List.of(
                        CallLake.objectsOfThe("Files"),
                        CallLake.objectsOfThe("QueryResults"),
                        everyTableOfTheDatabaseInAFinding()))
                .build()));
    NagSuppressions.addResourceSuppressions(
        viewsPolicy,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "the views are tables of the lake's database whose names the views file"
                        + " decides: creating them is allowed in that database, nowhere else")
                .appliesTo(List.of(everyTableOfTheDatabaseInAFinding()))
                .build()));
  }

  /** How cdk-nag names {@link #everyTableOfTheDatabase()} in a finding. */
  private static RegexAppliesTo everyTableOfTheDatabaseInAFinding() {
    return RegexAppliesTo.builder()
        .regex("/^Resource::arn:.*:glue:.*:table\\/" + CallLake.DATABASE + "\\/\\*$/")
        .build();
  }

  /** Every table of the lake's database: the views (and the table, which needs no more). */
  private static String everyTableOfTheDatabase() {
    return "arn:"
        + Aws.PARTITION
        + ":glue:"
        + Aws.REGION
        + ":"
        + Aws.ACCOUNT_ID
        + ":table/"
        + CallLake.DATABASE
        + "/*";
  }

  private static PolicyStatement statement(List<String> resources, String... actions) {
    return PolicyStatement.Builder.create().actions(List.of(actions)).resources(resources).build();
  }

  public Bucket results() {
    return results;
  }

  public CfnWorkGroup workgroup() {
    return workgroup;
  }

  public List<CfnNamedQuery> views() {
    return views;
  }

  public ManagedPolicy analystPolicy() {
    return analystPolicy;
  }

  public ManagedPolicy viewsPolicy() {
    return viewsPolicy;
  }

  /**
   * @param bytesScannedCutoff the most bytes one query may scan before Athena cancels it
   * @param viewsFile {@code analytics/views.sql}
   */
  public record Props(
      CallLake lake,
      IKey lakeKey,
      long bytesScannedCutoff,
      Path viewsFile,
      RemovalPolicy lakeRemovalPolicy) {
    public Props {
      Objects.requireNonNull(lake, "lake");
      Objects.requireNonNull(lakeKey, "lakeKey");
      Objects.requireNonNull(viewsFile, "viewsFile");
      Objects.requireNonNull(lakeRemovalPolicy, "lakeRemovalPolicy");
      if (bytesScannedCutoff < 10_000_000L) {
        throw new IllegalArgumentException(
            "Athena's cutoff is at least 10 MB: " + bytesScannedCutoff);
      }
    }
  }
}
