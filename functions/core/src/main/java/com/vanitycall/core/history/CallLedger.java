package com.vanitycall.core.history;

import java.util.List;

/**
 * The write side of the call history (docs/data.md, docs/pipeline.md): each scored call is recorded
 * and counted exactly once, however often the stream delivers it.
 *
 * <p>A call recorded before (a replay, or the same event twice in one batch) is neither recorded
 * nor counted again. A call the store refuses for good is dead-lettered with the reason and counts
 * as done. A call that cannot be written now (a conflict, throttling, an outage) is handed back, so
 * that the pipe retries it.
 */
public interface CallLedger {

  /**
   * @return the {@link ScoredCall#itemIdentifier()}s of the calls that could not be written now and
   *     must be retried; empty when every call was recorded (or had been before)
   */
  List<String> persist(List<ScoredCall> calls);
}
