package com.vanitycall.aws.schema;

import java.util.List;

/**
 * The history lake's table (docs/analytics.md, docs/data.md): one row per delivery of a processed
 * call, in Parquet files under {@code day=YYYY-MM-DD/}. Its columns and types, once: the CDK app
 * builds the Glue table (which Firehose converts records with and Athena reads) from them, and the
 * local lake writes and reads its Parquet files with them. No column holds a caller's whole number.
 *
 * <p>Delivery is at least once (Firehose, and the pipe's retries): a call may have more than one
 * row. The views analysts query ({@code analytics/views.sql}) keep one per {@link #EVENT_ID}.
 */
public final class LakeTable {

  /** The version of this row's shape, in {@link #SCHEMA_VERSION}; raised with any change. */
  public static final int VERSION = 1;

  /** The table's name in the Glue database, and the local session's. */
  public static final String NAME = "lake_calls";

  /** The partition column: the UTC day the call was received, {@code 2026-11-22}. */
  public static final String DAY = "day";

  public static final String EVENT_ID = "event_id";
  public static final String SCHEMA_VERSION = "schema_version";
  public static final String RECEIVED_AT = "received_at";
  public static final String SYNTHETIC = "synthetic";
  public static final String CALLER_STATUS = "caller_status";
  public static final String COUNTRY_CODE = "country_code";
  public static final String AREA_CODE = "area_code";
  public static final String CALLER_ID = "caller_id";
  public static final String CALLER_ID_KEY = "caller_id_key";
  public static final String SOURCE = "source";
  public static final String ANSWER_MICROS = "answer_micros";
  public static final String HEARD = "heard";
  public static final String BEST = "best";
  public static final String HEADLINE_WORD = "headline_word";
  public static final String DICTIONARY_VERSION = "dictionary_version";

  /** A vanity: what was heard, or one of the deep best five. */
  public static final LakeType VANITY =
      new LakeType.StructOf(
          List.of(
              new LakeColumn("display", LakeType.STRING),
              new LakeColumn("words", new LakeType.ArrayOf(LakeType.STRING)),
              new LakeColumn("score", LakeType.INT)));

  public static final List<LakeColumn> COLUMNS =
      List.of(
          new LakeColumn(EVENT_ID, LakeType.STRING, "Amazon Connect's ContactId"),
          new LakeColumn(SCHEMA_VERSION, LakeType.INT, "the version of this row's shape"),
          new LakeColumn(RECEIVED_AT, LakeType.TIMESTAMP, "when the call was answered, UTC"),
          new LakeColumn(SYNTHETIC, LakeType.BOOLEAN, "a load tool made the call"),
          new LakeColumn(CALLER_STATUS, LakeType.STRING, "VALID, WITHHELD or INVALID"),
          new LakeColumn(COUNTRY_CODE, LakeType.STRING, "country calling code; VALID only"),
          new LakeColumn(AREA_CODE, LakeType.STRING, "area or destination code; VALID only"),
          new LakeColumn(
              CALLER_ID, LakeType.STRING, "pseudonymous caller: keyed HMAC of the number"),
          new LakeColumn(CALLER_ID_KEY, LakeType.STRING, "which key made caller_id"),
          new LakeColumn(
              SOURCE, LakeType.STRING, "CACHE, QUICK or FALLBACK: where the answer came from"),
          new LakeColumn(ANSWER_MICROS, LakeType.BIGINT, "how long the answer took"),
          new LakeColumn(HEARD, new LakeType.ArrayOf(VANITY), "the options the caller heard"),
          new LakeColumn(BEST, new LakeType.ArrayOf(VANITY), "the deep best five"),
          new LakeColumn(
              HEADLINE_WORD, LakeType.STRING, "the word the counters count the call under"),
          new LakeColumn(DICTIONARY_VERSION, LakeType.STRING, "the word data that scored it"));

  private LakeTable() {}
}
