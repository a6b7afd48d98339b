package com.vanitycall.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.vanitycall.aws.schema.LakeTable;
import com.vanitycall.aws.schema.LakeViews;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * The history lake as deployed: the Glue table is the schema the local lake writes (one {@link
 * LakeTable}, a test failing on any difference), Firehose converts to Parquet by the record's day,
 * the files are private, encrypted and forgotten after the retention, Athena's workgroup enforces
 * its settings, and only PersistAndCount writes to the lake while analysts may only read it.
 */
class CallLakeTest {
  private final SynthesizedApp app = SynthesizedApp.get();
  private final Template data = app.data;
  private final CallLake lake = app.stacks.data().lake();
  private final LakeAnalytics analytics = app.stacks.data().analytics();

  @Test
  void
      theGlueTable_hasExactlyTheColumnsAndTypesTheLocalLakeWrites_partitionedByDayWithProjection() {
    Map<String, Object> input =
        Resources.map(Resources.at(only("AWS::Glue::Table"), "Properties", "TableInput"));
    List<String> columns = new ArrayList<>();
    for (Object column : (List<?>) Resources.at(input, "StorageDescriptor", "Columns")) {
      columns.add(Resources.at(column, "Name") + " " + Resources.at(column, "Type"));
    }
    assertThat(columns)
        .isEqualTo(LakeTable.COLUMNS.stream().map(c -> c.name() + " " + c.type().hive()).toList());
    assertThat(input.get("Name")).isEqualTo(LakeTable.NAME);
    assertThat((List<?>) input.get("PartitionKeys"))
        .singleElement()
        .satisfies(key -> assertThat(Resources.at(key, "Name")).isEqualTo("day"))
        .satisfies(key -> assertThat(Resources.at(key, "Type")).isEqualTo("string"));
    Map<String, Object> parameters = Resources.map(input.get("Parameters"));
    assertThat(parameters)
        .containsEntry("projection.enabled", "true")
        .containsEntry("projection.day.type", "date")
        .containsEntry("projection.day.format", "yyyy-MM-dd")
        .containsEntry("projection.day.range", "NOW-400DAYS,NOW+1DAYS");
    assertThat(Resources.flatten(parameters.get("storage.location.template")))
        .endsWith("/calls/day=${day}/");
    assertThat(Resources.at(input, "StorageDescriptor", "SerdeInfo", "SerializationLibrary"))
        .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");
    assertThat(Resources.ofType(data, "AWS::Glue::Crawler")).isEmpty();
  }

  @Test
  void firehose_writesParquetWithTheTablesSchema_intoTheRecordsDay_encryptedWithTheDataKey() {
    Map<String, Object> stream = Resources.properties(only("AWS::KinesisFirehose::DeliveryStream"));
    Map<String, Object> s3 = Resources.map(stream.get("ExtendedS3DestinationConfiguration"));
    assertThat(s3.get("Prefix")).isEqualTo("calls/day=!{partitionKeyFromQuery:day}/");
    assertThat(Resources.at(s3, "DynamicPartitioningConfiguration", "Enabled")).isEqualTo(true);
    assertThat(Resources.at(s3, "ProcessingConfiguration", "Processors").toString())
        .contains("MetadataExtractionQuery", "{day: .day}", "JQ-1.6");
    Map<String, Object> conversion = Resources.map(s3.get("DataFormatConversionConfiguration"));
    assertThat(conversion.get("Enabled")).isEqualTo(true);
    assertThat(Resources.at(conversion, "OutputFormatConfiguration", "Serializer"))
        .isEqualTo(Map.of("ParquetSerDe", Map.of("Compression", "SNAPPY")));
    assertThat(Resources.at(conversion, "SchemaConfiguration", "DatabaseName"))
        .isEqualTo(CallLake.DATABASE);
    assertThat(Resources.at(conversion, "SchemaConfiguration", "TableName"))
        .isEqualTo(LakeTable.NAME);
    assertThat((Integer) Resources.at(s3, "BufferingHints", "SizeInMBs"))
        .isGreaterThanOrEqualTo(64);
    String key = Resources.logicalId(app.stacks.data().data().key());
    assertThat(Resources.at(stream, "DeliveryStreamEncryptionConfigurationInput", "KeyType"))
        .isEqualTo("CUSTOMER_MANAGED_CMK");
    assertThat(
            Resources.refersTo(
                Resources.at(s3, "EncryptionConfiguration", "KMSEncryptionConfig", "AWSKMSKeyARN"),
                key))
        .isTrue();
  }

  @Test
  void theLakesFiles_arePrivate_encryptedWithTheDataKey_forgottenAfterTheRetention_andKept() {
    Map<String, Object> bucket =
        Resources.ofType(data, "AWS::S3::Bucket").get(Resources.logicalId(lake.bucket()));
    Map<String, Object> props = Resources.properties(bucket);
    assertThat(Resources.at(props, "PublicAccessBlockConfiguration"))
        .isEqualTo(Resources.EVERY_PUBLIC_ACCESS_BLOCKED);
    assertThat(Resources.flatten(Resources.at(props, "BucketEncryption")))
        .contains("aws:kms", Resources.logicalId(app.stacks.data().data().key()));
    assertThat(Resources.flatten(Resources.at(props, "LifecycleConfiguration")))
        .contains("ExpirationInDays=400");
    assertThat(bucket.get("DeletionPolicy")).isEqualTo("Retain");
  }

  @Test
  void athenasWorkgroup_enforcesEncryptedResultsAndABytesScannedCutoff() {
    Map<String, Object> configuration =
        Resources.map(
            Resources.at(only("AWS::Athena::WorkGroup"), "Properties", "WorkGroupConfiguration"));
    assertThat(configuration.get("EnforceWorkGroupConfiguration")).isEqualTo(true);
    assertThat(((Number) configuration.get("BytesScannedCutoffPerQuery")).longValue())
        .isEqualTo(DeploymentSettings.DEFAULT_ATHENA_BYTES_SCANNED_CUTOFF);
    assertThat(
            Resources.at(
                configuration,
                "ResultConfiguration",
                "EncryptionConfiguration",
                "EncryptionOption"))
        .isEqualTo("SSE_KMS");
    assertThat(
            Resources.flatten(Resources.at(configuration, "ResultConfiguration", "OutputLocation")))
        .contains(Resources.logicalId(analytics.results()));
  }

  @Test
  void theViews_areSavedInTheWorkgroup_asTheSameTextTheLocalLakeRuns() throws Exception {
    List<String> saved =
        Resources.ofType(data, "AWS::Athena::NamedQuery").values().stream()
            .map(q -> (String) Resources.at(q, "Properties", "QueryString"))
            .sorted()
            .toList();
    List<String> local =
        LakeViews.of(Files.readString(SynthesizedApp.REPO_ROOT.resolve(LakeViews.FILE))).stream()
            .map(LakeViews.View::statement)
            .sorted()
            .toList();
    assertThat(saved).isNotEmpty().isEqualTo(local);
  }

  @Test
  void onlyPersistAndCount_deliversToTheLake_onlyFirehose_writesItsFiles_andAnalysts_onlyRead() {
    List<Policies.Grant> grants =
        Stream.of(app.data, app.service, app.web, app.contactCentre)
            .map(Policies::all)
            .flatMap(List::stream)
            .toList();
    assertThat(grants.stream().filter(g -> g.actions().contains("firehose:PutRecordBatch")))
        .containsExactlyElementsOf(
            Policies.of(app.service, app.stacks.service().persistAndCount().function().getRole())
                .stream()
                .filter(g -> g.actions().contains("firehose:PutRecordBatch"))
                .toList());
    String lakeBucket = Resources.logicalId(lake.bucket());
    assertThat(
            grants.stream()
                .filter(g -> g.actions().contains("s3:PutObject"))
                .filter(g -> Resources.flatten(g.resource()).contains(lakeBucket)))
        .singleElement()
        .isIn(Policies.of(data, lake.deliveryStreamRole()));

    Map<String, Object> analyst =
        Resources.ofType(data, "AWS::IAM::ManagedPolicy")
            .get(Resources.logicalId(analytics.analystPolicy()));
    String document =
        Resources.flatten(Resources.at(analyst, "Properties", "PolicyDocument").toString());
    assertThat(document).doesNotContain("glue:Create", "glue:Update", "glue:Delete", "firehose:");
    for (Object statement :
        (List<?>) Resources.at(analyst, "Properties", "PolicyDocument", "Statement")) {
      if (Resources.flatten(Resources.at(statement, "Resource").toString()).contains(lakeBucket)) {
        assertThat(Resources.at(statement, "Action").toString()).doesNotContain("Put", "Delete");
      }
    }
  }

  private Map<String, Object> only(String type) {
    Map<String, Map<String, Object>> resources = Resources.ofType(data, type);
    assertThat(resources).as(type).hasSize(1);
    return resources.values().iterator().next();
  }
}
