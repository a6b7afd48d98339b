package com.vanitycall.infra;

import com.vanitycall.aws.schema.LakeColumn;
import com.vanitycall.aws.schema.LakeTable;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.glue.CfnDatabase;
import software.amazon.awscdk.services.glue.CfnTable;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogStream;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The history lake on AWS (docs/analytics.md): a Firehose delivery stream that converts each
 * delivered JSON record to Parquet with the Glue table's schema and writes it under {@code
 * calls/day=YYYY-MM-DD/} (dynamic partitioning on the record's own day, not its arrival), into a
 * private bucket encrypted with the data key that forgets a file after the retention; the Glue
 * database and table ({@link LakeTable}'s columns, partition projection on {@code day}: no crawler,
 * no partition to add); and the secret whose key makes the callers' pseudonyms.
 */
public final class CallLake extends Construct {

  /** The Glue database, named so that analysts can address it ({@code sql --database}). */
  public static final String DATABASE = "vanitycall_lake";

  /** Where the table's files are in the bucket. */
  public static final String PREFIX = "calls/";

  /** Firehose's buffering: it asks at least 64 MiB with format conversion. */
  public static final int BUFFER_MB = 128;

  public static final int BUFFER_SECONDS = 300;

  private final Bucket bucket;
  private final Bucket accessLogs;
  private final CfnDatabase database;
  private final CfnTable table;
  private final CfnDeliveryStream deliveryStream;
  private final Secret pseudonymKey;
  private Role deliveryStreamRole;

  public CallLake(Construct scope, String id, Props props) {
    super(scope, id);
    accessLogs = AccessLogBuckets.builder(this).removalPolicy(props.removalPolicy()).build();
    bucket =
        Bucket.Builder.create(this, "Files")
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.KMS)
            .encryptionKey(props.key())
            .bucketKeyEnabled(true)
            .enforceSsl(true)
            .serverAccessLogsBucket(accessLogs)
            .serverAccessLogsPrefix("lake/")
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("retention")
                        .expiration(Duration.days(props.retentionDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
            .removalPolicy(props.removalPolicy())
            .build();
    pseudonymKey =
        Secret.Builder.create(this, "PseudonymKey")
            .description("vanitycall: the key of the callers' pseudonyms in the history lake")
            .encryptionKey(props.key())
            .generateSecretString(
                SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
            .removalPolicy(props.removalPolicy())
            .build();
    database =
        CfnDatabase.Builder.create(this, "Database")
            .catalogId(Aws.ACCOUNT_ID)
            .databaseInput(
                CfnDatabase.DatabaseInputProperty.builder()
                    .name(DATABASE)
                    .description("vanitycall: the call history lake (docs/analytics.md)")
                    .build())
            .build();
    table = table(props);
    table.addDependency(database);
    deliveryStream = deliveryStream(props);

    NagSuppressions.addResourceSuppressions(
        accessLogs,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("this is the access-log bucket; logging it into itself would loop")
                .build()));
    NagSuppressions.addResourceSuppressions(
        pseudonymKey,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SMG4")
                .reason(
                    "rotating the key changes every caller's pseudonym from then on, so it is an"
                        + " operator's decision (docs/analytics.md, key rotation), not a schedule")
                .build()));
  }

  private CfnTable table(Props props) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("classification", "parquet");
    parameters.put("projection.enabled", "true");
    parameters.put("projection." + LakeTable.DAY + ".type", "date");
    parameters.put("projection." + LakeTable.DAY + ".format", "yyyy-MM-dd");
    parameters.put(
        "projection." + LakeTable.DAY + ".range",
        "NOW-" + props.retentionDays() + "DAYS,NOW+1DAYS");
    parameters.put("projection." + LakeTable.DAY + ".interval", "1");
    parameters.put("projection." + LakeTable.DAY + ".interval.unit", "DAYS");
    parameters.put(
        "storage.location.template",
        "s3://"
            + bucket.getBucketName()
            + "/"
            + PREFIX
            + LakeTable.DAY
            + "=${"
            + LakeTable.DAY
            + "}/");
    return CfnTable.Builder.create(this, "Table")
        .catalogId(Aws.ACCOUNT_ID)
        .databaseName(DATABASE)
        .tableInput(
            CfnTable.TableInputProperty.builder()
                .name(LakeTable.NAME)
                .description("one row per delivery of a processed call (docs/analytics.md)")
                .tableType("EXTERNAL_TABLE")
                .parameters(parameters)
                .partitionKeys(
                    List.of(
                        CfnTable.ColumnProperty.builder()
                            .name(LakeTable.DAY)
                            .type("string")
                            .comment("the UTC day the call was received")
                            .build()))
                .storageDescriptor(
                    CfnTable.StorageDescriptorProperty.builder()
                        .location("s3://" + bucket.getBucketName() + "/" + PREFIX)
                        .inputFormat(
                            "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
                        .outputFormat(
                            "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat")
                        .serdeInfo(
                            CfnTable.SerdeInfoProperty.builder()
                                .serializationLibrary(
                                    "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")
                                .build())
                        .columns(LakeTable.COLUMNS.stream().map(CallLake::column).toList())
                        .build())
                .build())
        .build();
  }

  private static CfnTable.ColumnProperty column(LakeColumn column) {
    return CfnTable.ColumnProperty.builder()
        .name(column.name())
        .type(column.type().hive())
        .comment(column.comment())
        .build();
  }

  private CfnDeliveryStream deliveryStream(Props props) {
    Role role =
        Role.Builder.create(this, "DeliveryRole")
            .assumedBy(new ServicePrincipal("firehose.amazonaws.com"))
            .description("writes the history lake's Parquet files; reads the table's schema")
            .build();
    deliveryStreamRole = role;
    Permissions.allow(
        role,
        bucket.getBucketArn(),
        "s3:GetBucketLocation",
        "s3:ListBucket",
        "s3:ListBucketMultipartUploads");
    Permissions.allow(
        role, bucket.arnForObjects("*"), "s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload");
    Permissions.encryptWith(role, props.key());
    for (String glue : glueArns()) {
      Permissions.allow(
          role, glue, "glue:GetTable", "glue:GetTableVersion", "glue:GetTableVersions");
    }
    LogGroup logs =
        LogGroup.Builder.create(this, "DeliveryLogs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    LogStream errors =
        LogStream.Builder.create(this, "DeliveryErrors")
            .logGroup(logs)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    logs.grantWrite(role);
    NagSuppressions.addResourceSuppressions(
        role,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "Firehose writes objects of any name under the lake's prefixes: the objects of"
                        + " the one bucket, no other")
                .appliesTo(List.of(objectsOfThe("Files")))
                .build()),
        true);

    CfnDeliveryStream stream =
        CfnDeliveryStream.Builder.create(this, "DeliveryStream")
            .deliveryStreamType("DirectPut")
            .deliveryStreamEncryptionConfigurationInput(
                CfnDeliveryStream.DeliveryStreamEncryptionConfigurationInputProperty.builder()
                    .keyType("CUSTOMER_MANAGED_CMK")
                    .keyArn(props.key().getKeyArn())
                    .build())
            .extendedS3DestinationConfiguration(
                CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty.builder()
                    .bucketArn(bucket.getBucketArn())
                    .roleArn(role.getRoleArn())
                    .prefix(
                        PREFIX + LakeTable.DAY + "=!{partitionKeyFromQuery:" + LakeTable.DAY + "}/")
                    .errorOutputPrefix(
                        "errors/!{firehose:error-output-type}/!{timestamp:yyyy-MM-dd}/")
                    .bufferingHints(
                        CfnDeliveryStream.BufferingHintsProperty.builder()
                            .sizeInMBs(BUFFER_MB)
                            .intervalInSeconds(BUFFER_SECONDS)
                            .build())
                    .compressionFormat("UNCOMPRESSED")
                    .encryptionConfiguration(
                        CfnDeliveryStream.EncryptionConfigurationProperty.builder()
                            .kmsEncryptionConfig(
                                CfnDeliveryStream.KMSEncryptionConfigProperty.builder()
                                    .awskmsKeyArn(props.key().getKeyArn())
                                    .build())
                            .build())
                    .cloudWatchLoggingOptions(
                        CfnDeliveryStream.CloudWatchLoggingOptionsProperty.builder()
                            .enabled(true)
                            .logGroupName(logs.getLogGroupName())
                            .logStreamName(errors.getLogStreamName())
                            .build())
                    .dynamicPartitioningConfiguration(
                        CfnDeliveryStream.DynamicPartitioningConfigurationProperty.builder()
                            .enabled(true)
                            .retryOptions(
                                CfnDeliveryStream.RetryOptionsProperty.builder()
                                    .durationInSeconds(300)
                                    .build())
                            .build())
                    .processingConfiguration(
                        CfnDeliveryStream.ProcessingConfigurationProperty.builder()
                            .enabled(true)
                            .processors(
                                List.of(
                                    CfnDeliveryStream.ProcessorProperty.builder()
                                        .type("MetadataExtraction")
                                        .parameters(
                                            List.of(
                                                parameter(
                                                    "MetadataExtractionQuery",
                                                    "{"
                                                        + LakeTable.DAY
                                                        + ": ."
                                                        + LakeTable.DAY
                                                        + "}"),
                                                parameter("JsonParsingEngine", "JQ-1.6")))
                                        .build()))
                            .build())
                    .dataFormatConversionConfiguration(
                        CfnDeliveryStream.DataFormatConversionConfigurationProperty.builder()
                            .enabled(true)
                            .inputFormatConfiguration(
                                CfnDeliveryStream.InputFormatConfigurationProperty.builder()
                                    .deserializer(
                                        CfnDeliveryStream.DeserializerProperty.builder()
                                            .hiveJsonSerDe(
                                                // times as java.sql.Timestamp::valueOf reads
                                                // them (LakeRecordJson): its default format
                                                CfnDeliveryStream.HiveJsonSerDeProperty.builder()
                                                    .build())
                                            .build())
                                    .build())
                            .outputFormatConfiguration(
                                CfnDeliveryStream.OutputFormatConfigurationProperty.builder()
                                    .serializer(
                                        CfnDeliveryStream.SerializerProperty.builder()
                                            .parquetSerDe(
                                                CfnDeliveryStream.ParquetSerDeProperty.builder()
                                                    .compression("SNAPPY")
                                                    .build())
                                            .build())
                                    .build())
                            .schemaConfiguration(
                                CfnDeliveryStream.SchemaConfigurationProperty.builder()
                                    .catalogId(Aws.ACCOUNT_ID)
                                    .databaseName(DATABASE)
                                    .tableName(LakeTable.NAME)
                                    .region(Aws.REGION)
                                    .roleArn(role.getRoleArn())
                                    .versionId("LATEST")
                                    .build())
                            .build())
                    .build())
            .build();
    stream.addDependency(table);
    stream.getNode().addDependency(role);
    return stream;
  }

  /** cdk-nag's name of "every object of this construct's bucket {@code id}". */
  static RegexAppliesTo objectsOfThe(String id) {
    return RegexAppliesTo.builder()
        .regex("/^Resource::<.*" + id + "[0-9A-F]+\\.Arn>\\/\\*$/")
        .build();
  }

  private static CfnDeliveryStream.ProcessorParameterProperty parameter(String name, String value) {
    return CfnDeliveryStream.ProcessorParameterProperty.builder()
        .parameterName(name)
        .parameterValue(value)
        .build();
  }

  /** The catalog, the database and the table, as Glue's permissions name them. */
  List<String> glueArns() {
    String prefix = "arn:" + Aws.PARTITION + ":glue:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":";
    return List.of(
        prefix + "catalog",
        prefix + "database/" + DATABASE,
        prefix + "table/" + DATABASE + "/" + LakeTable.NAME);
  }

  public Bucket bucket() {
    return bucket;
  }

  public Bucket accessLogs() {
    return accessLogs;
  }

  public CfnTable table() {
    return table;
  }

  public CfnDeliveryStream deliveryStream() {
    return deliveryStream;
  }

  /** What Firehose acts as: the only writer of the lake's files. */
  public Role deliveryStreamRole() {
    return deliveryStreamRole;
  }

  public Secret pseudonymKey() {
    return pseudonymKey;
  }

  /**
   * @param key the data key: the lake's files, its delivery stream and the secret are encrypted
   *     with it
   * @param retentionDays how long a file of the lake is kept ({@code LAKE_RETENTION_DAYS})
   * @param removalPolicy what a stack deletion does to the lake: RETAIN except in dev
   */
  public record Props(IKey key, int retentionDays, RemovalPolicy removalPolicy) {
    public Props {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(removalPolicy, "removalPolicy");
      if (retentionDays < 1) {
        throw new IllegalArgumentException(
            "the lake keeps its files 1 day or more: " + retentionDays);
      }
    }
  }
}
