package com.vanitycall.infra;

import com.vanitycall.aws.schema.AnalyticsTable;
import com.vanitycall.aws.schema.CallsTable;
import com.vanitycall.aws.schema.DeadLettersTable;
import com.vanitycall.aws.schema.LiveConnectionsTable;
import com.vanitycall.aws.schema.TableDesign;
import com.vanitycall.aws.schema.VanityCacheTable;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Everything that holds the product's data: the call-event stream, the five tables and the pipe's
 * dead-letter queue, all encrypted with one customer-managed key, all kept on stack deletion unless
 * the props say otherwise. Each table is built from its {@link TableDesign} (functions/aws, shared
 * with the local stack; docs/data.md): keys, indexes, stream (the calls table's feeds the web
 * page's live feed) and TTL.
 */
public final class CallData extends Construct {
  private final Key key;
  private final Stream callEvents;
  private final Table vanityCache;
  private final Table calls;
  private final Table analytics;
  private final Table deadLetters;
  private final Table liveConnections;
  private final Queue pipeDeadLetters;

  public CallData(Construct scope, String id, Props props) {
    super(scope, id);
    key =
        Key.Builder.create(this, "Key")
            .description("vanitycall: call events, call history, vanity cache, dead letters")
            .enableKeyRotation(true)
            .removalPolicy(props.removalPolicy())
            .build();
    callEvents =
        Stream.Builder.create(this, "CallEvents")
            .streamMode(StreamMode.ON_DEMAND)
            .encryption(StreamEncryption.KMS)
            .encryptionKey(key)
            .retentionPeriod(Duration.hours(24))
            .removalPolicy(props.removalPolicy())
            .build();
    vanityCache = table("VanityCache", VanityCacheTable.DESIGN, props);
    calls = table("Calls", CallsTable.DESIGN, props);
    analytics = table("Analytics", AnalyticsTable.DESIGN, props);
    deadLetters = table("DeadLetters", DeadLettersTable.DESIGN, props);
    liveConnections = table("LiveConnections", LiveConnectionsTable.DESIGN, props);
    pipeDeadLetters =
        Queue.Builder.create(this, "PipeDeadLetters")
            .encryption(QueueEncryption.KMS)
            .encryptionMasterKey(key)
            .enforceSsl(true)
            .retentionPeriod(Duration.days(14))
            .removalPolicy(props.removalPolicy())
            .build();
    NagSuppressions.addResourceSuppressions(
        callEvents,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-KDS3")
                .reason(
                    "encrypted with the project's customer-managed key (rotated, one key policy"
                        + " for all call data) rather than the AWS-managed aws/kinesis key")
                .build()));
    NagSuppressions.addResourceSuppressions(
        pipeDeadLetters,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("this queue is the pipe's dead-letter queue; it has none of its own")
                .build()));
  }

  /**
   * A table as its design says (keys, indexes, stream, TTL), with what every table here has: on
   * demand, the key, PITR, retention.
   */
  private Table table(String id, TableDesign design, Props props) {
    Table.Builder builder =
        Table.Builder.create(this, id)
            .partitionKey(string(design.partitionKey()))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .encryption(TableEncryption.CUSTOMER_MANAGED)
            .encryptionKey(key)
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .timeToLiveAttribute(design.timeToLive())
            .deletionProtection(props.removalPolicy() == RemovalPolicy.RETAIN)
            .removalPolicy(props.removalPolicy());
    design.sortKey().ifPresent(sortKey -> builder.sortKey(string(sortKey)));
    design.stream().ifPresent(view -> builder.stream(StreamViewType.valueOf(view.name())));
    Table table = builder.build();
    design.indexes().forEach(index -> table.addGlobalSecondaryIndex(index(index)));
    return table;
  }

  private static GlobalSecondaryIndexProps index(TableDesign.Index index) {
    return GlobalSecondaryIndexProps.builder()
        .indexName(index.name())
        .partitionKey(string(index.partitionKey()))
        .sortKey(string(index.sortKey()))
        .projectionType(ProjectionType.valueOf(index.projection().name()))
        .build();
  }

  private static Attribute string(String name) {
    return Attribute.builder().name(name).type(AttributeType.STRING).build();
  }

  public Key key() {
    return key;
  }

  public Stream callEvents() {
    return callEvents;
  }

  public Table vanityCache() {
    return vanityCache;
  }

  public Table calls() {
    return calls;
  }

  public Table analytics() {
    return analytics;
  }

  public Table deadLetters() {
    return deadLetters;
  }

  public Table liveConnections() {
    return liveConnections;
  }

  public Queue pipeDeadLetters() {
    return pipeDeadLetters;
  }

  /**
   * @param removalPolicy what a stack deletion does to the data: RETAIN except in dev
   */
  public record Props(RemovalPolicy removalPolicy) {
    public Props {
      Objects.requireNonNull(removalPolicy, "removalPolicy");
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private RemovalPolicy removalPolicy = RemovalPolicy.RETAIN;

      public Builder removalPolicy(RemovalPolicy removalPolicy) {
        this.removalPolicy = removalPolicy;
        return this;
      }

      public Props build() {
        return new Props(removalPolicy);
      }
    }
  }
}
