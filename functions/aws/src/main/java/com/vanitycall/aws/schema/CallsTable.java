package com.vanitycall.aws.schema;

import com.vanitycall.aws.schema.TableDesign.Index;
import com.vanitycall.aws.schema.TableDesign.Projection;
import com.vanitycall.aws.schema.TableDesign.StreamView;

/**
 * The calls table (docs/data.md): one item per call, written once by the call ledger, read by the
 * call history, the live feed and the local tools. Its attribute names, its indexes and its design,
 * once.
 */
public final class CallsTable {

  /** Partition key: Amazon Connect's ContactId. */
  public static final String EVENT_ID = "eventId";

  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String CALLER_STATUS = "callerStatus";

  /** E.164; absent for withheld and invalid callers, so that they are not in {@link #BY_CALLER}. */
  public static final String CALLER_NUMBER = "callerNumber";

  /**
   * ISO-8601 with milliseconds always present, so that it sorts as text: both indexes' sort key.
   */
  public static final String RECEIVED_AT = "receivedAt";

  /** The day and a shard, {@code 2026-11-22#3} ({@code DayBucket}). */
  public static final String DAY_BUCKET = "dayBucket";

  public static final String SOURCE = "source";
  public static final String ANSWER_MICROS = "answerMicros";

  /** What the caller heard, JSON. */
  public static final String HEARD = "heard";

  /** The deep best 5, JSON. */
  public static final String VANITIES = "vanities";

  /** Those of the deep best the next call will hear (worth saying), JSON; absent on older items. */
  public static final String WORTH_SAYING = "worthSaying";

  public static final String DICTIONARY_VERSION = "dictionaryVersion";

  /** {@code true} on a call a load tool made; absent on a caller's (docs/data.md). */
  public static final String SYNTHETIC = "synthetic";

  public static final String EXPIRES_AT = TableDesign.EXPIRES_AT;

  /** This caller's calls by time. */
  public static final String BY_CALLER = "byCaller";

  /** A day's calls by time, one query per day bucket. */
  public static final String BY_DAY = "byDay";

  /** Its stream (each new call as written) feeds the live feed. */
  public static final TableDesign DESIGN =
      TableDesign.keyedBy(EVENT_ID)
          .withIndex(new Index(BY_CALLER, CALLER_NUMBER, RECEIVED_AT, Projection.ALL))
          .withIndex(new Index(BY_DAY, DAY_BUCKET, RECEIVED_AT, Projection.ALL))
          .streaming(StreamView.NEW_IMAGE);

  private CallsTable() {}
}
