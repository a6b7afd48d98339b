package com.vanitycall.infra;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.constructs.Node;

/**
 * What one deployment is made of, read once from the CDK context ({@code -c key=value}) and
 * validated, failing fast with the name of the offending key.
 *
 * @param repoRoot the repository, where the Lambda jars, the ASL file and the contact flow live
 * @param connectInstance the Amazon Connect instance to wire the flow into; absent: no Connect
 *     stack
 * @param dev a throwaway environment: stateful resources are destroyed with the stack
 * @param phoneNumber claim a number of this kind and point it at the flow; absent: claim none
 * @param alarmEmail where the alarms send mail; absent: alarms go to the topic only
 * @param flowTests deploy the flow's test cases ({@code AWS::Connect::TestCase}); false for a
 *     region whose CloudFormation does not have that type yet
 * @param lakeRetentionDays how long the history lake keeps a file ({@code LAKE_RETENTION_DAYS})
 * @param athenaBytesScannedCutoff the most bytes one Athena query may scan
 */
public record DeploymentSettings(
    Path repoRoot,
    Optional<ConnectInstance> connectInstance,
    boolean dev,
    Optional<PhoneNumberClaim> phoneNumber,
    Optional<String> alarmEmail,
    boolean flowTests,
    int lakeRetentionDays,
    long athenaBytesScannedCutoff) {

  public static final String REPO_ROOT = "repoRoot";
  public static final String CONNECT_INSTANCE_ARN = "connectInstanceArn";
  public static final String DEV = "dev";
  public static final String PHONE_NUMBER_COUNTRY = "phoneNumberCountry";
  public static final String PHONE_NUMBER_TYPE = "phoneNumberType";
  public static final String ALARM_EMAIL = "alarmEmail";
  public static final String FLOW_TESTS = "flowTests";
  public static final String LAKE_RETENTION_DAYS = "lakeRetentionDays";
  public static final String ATHENA_BYTES_SCANNED_CUTOFF = "athenaBytesScannedCutoff";

  /** 400 days: a year and a month, for a year-on-year comparison. */
  public static final int DEFAULT_LAKE_RETENTION_DAYS = 400;

  /** 10 GB: $0.05 a query at most. */
  public static final long DEFAULT_ATHENA_BYTES_SCANNED_CUTOFF = 10_000_000_000L;

  public DeploymentSettings {
    Objects.requireNonNull(repoRoot, REPO_ROOT);
    Objects.requireNonNull(connectInstance, CONNECT_INSTANCE_ARN);
    Objects.requireNonNull(phoneNumber, PHONE_NUMBER_COUNTRY);
    Objects.requireNonNull(alarmEmail, ALARM_EMAIL);
    if (lakeRetentionDays < 1) {
      throw new IllegalArgumentException(
          "context "
              + LAKE_RETENTION_DAYS
              + " must be a whole number of days: "
              + lakeRetentionDays);
    }
    if (athenaBytesScannedCutoff < 10_000_000L) {
      throw new IllegalArgumentException(
          "context " + ATHENA_BYTES_SCANNED_CUTOFF + " must be at least 10000000 (Athena's least)");
    }
    if (phoneNumber.isPresent() && connectInstance.isEmpty()) {
      throw new IllegalArgumentException(
          "context " + PHONE_NUMBER_COUNTRY + " needs " + CONNECT_INSTANCE_ARN + " too");
    }
  }

  /** Reads the settings from the app's context; the repository defaults to the parent folder. */
  public static DeploymentSettings from(Node context) {
    Path repoRoot = Path.of(text(context, REPO_ROOT).orElse("..")).toAbsolutePath().normalize();
    Optional<ConnectInstance> instance =
        text(context, CONNECT_INSTANCE_ARN).map(ConnectInstance::parse);
    Optional<PhoneNumberClaim> phoneNumber =
        text(context, PHONE_NUMBER_COUNTRY)
            .map(
                country ->
                    new PhoneNumberClaim(
                        country,
                        text(context, PHONE_NUMBER_TYPE).orElse(PhoneNumberClaim.DEFAULT_TYPE)));
    return new DeploymentSettings(
        repoRoot,
        instance,
        text(context, DEV).map(Boolean::parseBoolean).orElse(false),
        phoneNumber,
        text(context, ALARM_EMAIL),
        text(context, FLOW_TESTS).map(DeploymentSettings::yesOrNo).orElse(true),
        text(context, LAKE_RETENTION_DAYS)
            .map(days -> wholeNumber(LAKE_RETENTION_DAYS, days))
            .orElse((long) DEFAULT_LAKE_RETENTION_DAYS)
            .intValue(),
        text(context, ATHENA_BYTES_SCANNED_CUTOFF)
            .map(bytes -> wholeNumber(ATHENA_BYTES_SCANNED_CUTOFF, bytes))
            .orElse(DEFAULT_ATHENA_BYTES_SCANNED_CUTOFF));
  }

  private static long wholeNumber(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("context " + key + " must be a whole number: " + value);
    }
  }

  private static boolean yesOrNo(String flowTests) {
    if (!flowTests.equals("true") && !flowTests.equals("false")) {
      throw new IllegalArgumentException(
          "context " + FLOW_TESTS + " must be true or false: " + flowTests);
    }
    return Boolean.parseBoolean(flowTests);
  }

  /** RETAIN unless this is a throwaway {@code dev} environment. */
  public RemovalPolicy statefulRemovalPolicy() {
    return dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
  }

  /**
   * The account and region to deploy to: the Connect instance's own (Lambda and the instance must
   * share a region), else the CLI's defaults, else none (an environment-agnostic template).
   */
  public Environment environment() {
    return connectInstance
        .map(i -> Environment.builder().account(i.account()).region(i.region()).build())
        .orElseGet(
            () ->
                Environment.builder()
                    .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                    .region(System.getenv("CDK_DEFAULT_REGION"))
                    .build());
  }

  private static Optional<String> text(Node context, String key) {
    return Optional.ofNullable(context.tryGetContext(key))
        .map(Object::toString)
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  /**
   * An Amazon Connect instance, known by its ARN. Only the commercial partition ({@code arn:aws:})
   * is accepted: the state machine's service integrations are {@code arn:aws:states:::...} ARNs
   * (asl-validator refuses a placeholder inside a Task's Resource), so a stack in aws-cn or
   * aws-us-gov would be refused at deploy time; better said at synth.
   */
  public record ConnectInstance(String arn, String region, String account, String id) {
    private static final Pattern ARN =
        Pattern.compile("arn:aws:connect:([a-z0-9-]+):(\\d{12}):instance/([0-9a-f-]{36})");
    private static final Pattern OTHER_PARTITION = Pattern.compile("arn:aws-[a-z-]+:connect:.*");

    public ConnectInstance {
      Objects.requireNonNull(arn, CONNECT_INSTANCE_ARN);
    }

    public static ConnectInstance parse(String arn) {
      if (OTHER_PARTITION.matcher(arn).matches()) {
        throw new IllegalArgumentException(
            "context "
                + CONNECT_INSTANCE_ARN
                + " names an instance outside the commercial partition (arn:aws:), which this app"
                + " does not deploy to yet: "
                + arn);
      }
      Matcher matcher = ARN.matcher(arn);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "context "
                + CONNECT_INSTANCE_ARN
                + " is not a Connect instance ARN"
                + " (arn:aws:connect:REGION:ACCOUNT:instance/ID): "
                + arn);
      }
      return new ConnectInstance(arn, matcher.group(1), matcher.group(2), matcher.group(3));
    }
  }

  /** Which phone number to claim for the flow: ISO country code and DID or TOLL_FREE. */
  public record PhoneNumberClaim(String countryCode, String type) {
    static final String DEFAULT_TYPE = "DID";

    public PhoneNumberClaim {
      if (!countryCode.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            "context "
                + PHONE_NUMBER_COUNTRY
                + " must be an ISO country code like US: "
                + countryCode);
      }
      if (!type.equals("DID") && !type.equals("TOLL_FREE")) {
        throw new IllegalArgumentException(
            "context " + PHONE_NUMBER_TYPE + " must be DID or TOLL_FREE: " + type);
      }
    }
  }
}
