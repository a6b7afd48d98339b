package com.vanitycall.core.lake;

import java.util.List;

/**
 * Where every processed call goes for SQL over the whole history (docs/analytics.md): Firehose to
 * S3 on AWS, Parquet files under the data directory on the local stack. Delivery is at least once:
 * a call delivered twice is one call to the views analysts query, which keep one row per event id.
 */
public interface HistoryLake {

  /**
   * A lake that keeps nothing: for a pipeline configured without one (tests and rehearsals of the
   * workflow alone; the CDK app and the local stack always configure one).
   */
  HistoryLake NOWHERE = records -> List.of();

  /**
   * @return the event ids of the records that could not be delivered now and must be retried; empty
   *     when all were delivered
   */
  List<String> deliver(List<LakeRecord> records);
}
