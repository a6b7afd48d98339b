package com.vanitycall.core.history;

import com.vanitycall.core.lake.CallerPseudonyms;
import com.vanitycall.core.lake.HistoryLake;
import com.vanitycall.core.lake.LakeRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The pipeline's analytics step: each scored call persisted and counted by the {@link CallLedger},
 * then delivered to the {@link HistoryLake}. A call the ledger could not write now is not delivered
 * (the pipe retries it, and it is delivered then); one the lake did not take is handed back for
 * retry as well, and the ledger drops it as a replay when it comes again. Calls the ledger had
 * recorded before are delivered again: the lake is at least once, its views keep one row per event,
 * and a call is never missing from it because a delivery failed after its ledger write.
 */
public final class CallRecorder {

  private final CallLedger ledger;
  private final HistoryLake lake;
  private final Supplier<CallerPseudonyms> pseudonyms;

  /** Persists and counts, and delivers nowhere: for a pipeline configured without a lake. */
  public CallRecorder(CallLedger ledger) {
    this(
        ledger,
        HistoryLake.NOWHERE,
        () -> {
          throw new IllegalStateException("a recorder without a lake makes no pseudonyms");
        });
  }

  /**
   * @param pseudonyms the caller pseudonyms, asked for at the first delivery (the key is fetched
   *     then, not when the function starts)
   */
  public CallRecorder(CallLedger ledger, HistoryLake lake, Supplier<CallerPseudonyms> pseudonyms) {
    this.ledger = ledger;
    this.lake = lake;
    this.pseudonyms = pseudonyms;
  }

  /**
   * @return the {@link ScoredCall#itemIdentifier()}s to retry
   */
  public List<String> record(List<ScoredCall> calls) {
    List<String> failed = new ArrayList<>(ledger.persist(calls));
    Set<String> notWritten = new HashSet<>(failed);
    List<ScoredCall> written =
        calls.stream().filter(call -> !notWritten.contains(call.itemIdentifier())).toList();
    if (written.isEmpty() || lake == HistoryLake.NOWHERE) {
      return failed;
    }
    CallerPseudonyms callers = pseudonyms.get();
    Map<String, ScoredCall> byEvent =
        written.stream()
            .collect(
                Collectors.toMap(
                    ScoredCall::eventId,
                    Function.identity(),
                    (first, again) -> first,
                    LinkedHashMap::new));
    List<String> undelivered =
        lake.deliver(byEvent.values().stream().map(call -> LakeRecord.of(call, callers)).toList());
    undelivered.forEach(eventId -> failed.add(byEvent.get(eventId).itemIdentifier()));
    return failed;
  }
}
