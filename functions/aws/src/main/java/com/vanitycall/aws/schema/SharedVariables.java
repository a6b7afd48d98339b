package com.vanitycall.aws.schema;

/**
 * The environment variables several deployables read, named once (docs/configuration.md): the SDK's
 * region and endpoint overrides, and the names of the stream and tables. The CDK app sets them on
 * AWS, the local stack composes them ({@link ResourceNames#asEnvironment()}). A variable only one
 * deployable reads is named beside its configuration record; {@code CALLER_TTL_DAYS} is the core's
 * {@code Environment}'s.
 */
public final class SharedVariables {

  /** The region of the stream and tables (Lambda sets it). */
  public static final String AWS_REGION = "AWS_REGION";

  /** DynamoDB's endpoint override: the local stack only (DynamoDB Local). */
  public static final String AWS_ENDPOINT_URL_DYNAMODB = "AWS_ENDPOINT_URL_DYNAMODB";

  /** Kinesis's endpoint override: the local stack only (the Kinesis emulator). */
  public static final String AWS_ENDPOINT_URL_KINESIS = "AWS_ENDPOINT_URL_KINESIS";

  public static final String CALL_EVENTS_STREAM = "CALL_EVENTS_STREAM";
  public static final String VANITY_CACHE_TABLE = "VANITY_CACHE_TABLE";
  public static final String CALLS_TABLE = "CALLS_TABLE";
  public static final String ANALYTICS_TABLE = "ANALYTICS_TABLE";
  public static final String DEAD_LETTERS_TABLE = "DEAD_LETTERS_TABLE";

  /** The live feed's connections table: AWS only. */
  public static final String CONNECTIONS_TABLE = "CONNECTIONS_TABLE";

  private SharedVariables() {}
}
