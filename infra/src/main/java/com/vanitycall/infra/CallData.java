package com.vanitycall.infra;

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
 * the props say otherwise. Table designs are docs/data.md's; the calls table streams each new
 * record (NEW_IMAGE) to the web page's live feed.
 */
public final class CallData extends Construct {
  /** The TTL attribute of every table: caller numbers are personal data and expire. */
  public static final String EXPIRES_AT = "expiresAt";

  /** The calls table's indexes: one caller's calls, and a day's calls, each by time. */
  public static final List<String> CALLS_INDEXES = List.of("byCaller", "byDay");

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
    vanityCache =
        table(Table.Builder.create(this, "VanityCache").partitionKey(string("number")), props);
    calls =
        table(
            Table.Builder.create(this, "Calls")
                .partitionKey(string("eventId"))
                // the live feed's source: each call record as written, nothing older
                .stream(StreamViewType.NEW_IMAGE),
            props);
    calls.addGlobalSecondaryIndex(index(CALLS_INDEXES.get(0), "callerNumber"));
    calls.addGlobalSecondaryIndex(index(CALLS_INDEXES.get(1), "dayBucket"));
    // a day's counters of one kind (counter=area#DAY, subject=each area code) are one Query
    analytics =
        table(
            Table.Builder.create(this, "Analytics")
                .partitionKey(string("counter"))
                .sortKey(string("subject")),
            props);
    deadLetters =
        table(Table.Builder.create(this, "DeadLetters").partitionKey(string("id")), props);
    // the web pages connected to the live feed; a connection that never said goodbye expires
    liveConnections =
        table(
            Table.Builder.create(this, "LiveConnections").partitionKey(string("connectionId")),
            props);
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

  /** Completes a table with what every table here has: on demand, the key, PITR, TTL, retention. */
  private Table table(Table.Builder table, Props props) {
    return table
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .encryption(TableEncryption.CUSTOMER_MANAGED)
        .encryptionKey(key)
        .pointInTimeRecoverySpecification(
            PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
        .timeToLiveAttribute(EXPIRES_AT)
        .deletionProtection(props.removalPolicy() == RemovalPolicy.RETAIN)
        .removalPolicy(props.removalPolicy())
        .build();
  }

  private static GlobalSecondaryIndexProps index(String name, String partitionKey) {
    return GlobalSecondaryIndexProps.builder()
        .indexName(name)
        .partitionKey(string(partitionKey))
        .sortKey(string("receivedAt"))
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
