package com.vanitycall.aws.schema;

/**
 * The dead letters (docs/data.md), kept by the Connect handler, the pipeline and the local pipe
 * (and the state machine's dead-letter tasks, whose ASL spells these names too).
 */
public final class DeadLettersTable {

  /** Partition key. */
  public static final String ID = "id";

  public static final String ORIGIN = "origin";
  public static final String REASON = "reason";
  public static final String PAYLOAD = "payload";

  /** The state machine keeps a record's data as the pipe delivered it, base64, here instead. */
  public static final String PAYLOAD_BASE64 = "payloadBase64";

  /** The whole payload's size in bytes: more than {@code payload} holds when it was cut. */
  public static final String PAYLOAD_BYTES = "payloadBytes";

  /** The whole payload's SHA-256, in hex. */
  public static final String PAYLOAD_SHA256 = "payloadSha256";

  public static final String FAILED_AT = "failedAt";
  public static final String EXPIRES_AT = TableDesign.EXPIRES_AT;

  public static final TableDesign DESIGN = TableDesign.keyedBy(ID);

  private DeadLettersTable() {}
}
